using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CraftsmanListIndexesOnSqliteOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Craftsmen_RegionCode_TierRank_TierCode_YearNamed_Name_Id_In~",
                table: "Craftsmen");

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_RegionCode",
                table: "Craftsmen",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Craftsmen_RegionCode",
                table: "Craftsmen");

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_RegionCode_TierRank_TierCode_YearNamed_Name_Id_In~",
                table: "Craftsmen",
                columns: new[] { "RegionCode", "TierRank", "TierCode", "YearNamed", "Name", "Id", "IndustryCode", "Batch", "IsSample" },
                descending: new[] { false, false, false, true, false, false, false, false, false });
        }
    }
}
