using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class CraftsmanIndustryFollowsTheList : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Craftsmen_IndustryCode",
                table: "Craftsmen");

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_IndustryCode_TierRank_TierCode_YearNamed_Name_Id_RegionCode_Batch_IsSample",
                table: "Craftsmen",
                columns: new[] { "IndustryCode", "TierRank", "TierCode", "YearNamed", "Name", "Id", "RegionCode", "Batch", "IsSample" },
                descending: new[] { false, false, false, true, false, false, false, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Craftsmen_IndustryCode_TierRank_TierCode_YearNamed_Name_Id_RegionCode_Batch_IsSample",
                table: "Craftsmen");

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_IndustryCode",
                table: "Craftsmen",
                column: "IndustryCode");
        }
    }
}
