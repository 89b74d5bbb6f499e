using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class CraftsmanIndexesFollowTheList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Craftsmen_RegionCode",
                table: "Craftsmen");

            migrationBuilder.DropIndex(
                name: "IX_Craftsmen_TierCode_RegionCode",
                table: "Craftsmen");

            migrationBuilder.DropIndex(
                name: "IX_Craftsmen_YearNamed",
                table: "Craftsmen");

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_RegionCode_TierRank_TierCode_YearNamed_Name_Id_IndustryCode_Batch_IsSample",
                table: "Craftsmen",
                columns: new[] { "RegionCode", "TierRank", "TierCode", "YearNamed", "Name", "Id", "IndustryCode", "Batch", "IsSample" },
                descending: new[] { false, false, false, true, false, false, false, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Craftsmen_RegionCode_TierRank_TierCode_YearNamed_Name_Id_IndustryCode_Batch_IsSample",
                table: "Craftsmen");

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_RegionCode",
                table: "Craftsmen",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_TierCode_RegionCode",
                table: "Craftsmen",
                columns: new[] { "TierCode", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_YearNamed",
                table: "Craftsmen",
                column: "YearNamed");
        }
    }
}
