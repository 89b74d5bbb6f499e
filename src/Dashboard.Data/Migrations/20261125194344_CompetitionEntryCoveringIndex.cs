using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class CompetitionEntryCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CompetitionEntries_EnterpriseId",
                table: "CompetitionEntries");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionEntries_EnterpriseId_CompetitionId_Workers",
                table: "CompetitionEntries",
                columns: new[] { "EnterpriseId", "CompetitionId", "Workers" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CompetitionEntries_EnterpriseId_CompetitionId_Workers",
                table: "CompetitionEntries");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionEntries_EnterpriseId",
                table: "CompetitionEntries",
                column: "EnterpriseId");
        }
    }
}
