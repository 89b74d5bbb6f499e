using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddedRecordRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FirstId",
                table: "ImportBatchChanges",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "LastId",
                table: "ImportBatchChanges",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportBatchChanges_Entity_FirstId",
                table: "ImportBatchChanges",
                columns: new[] { "Entity", "FirstId" },
                filter: "\"FirstId\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ImportBatchChanges_Entity_FirstId",
                table: "ImportBatchChanges");

            migrationBuilder.DropColumn(
                name: "FirstId",
                table: "ImportBatchChanges");

            migrationBuilder.DropColumn(
                name: "LastId",
                table: "ImportBatchChanges");
        }
    }
}
