using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class SummaryIndexesHoldTheSums : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CraftsmanSummaries_TierCode_RegionCode_IndustryCode_YearNamed_Batch_IsSample",
                table: "CraftsmanSummaries");

            migrationBuilder.DropIndex(
                name: "IX_AchievementSummaries_StudioLevel_Year_Category_IndustryCode_RegionCode_IsSample",
                table: "AchievementSummaries");

            migrationBuilder.CreateIndex(
                name: "IX_CraftsmanSummaries_TierCode_RegionCode_IndustryCode_YearNamed_Batch_IsSample_Craftsmen",
                table: "CraftsmanSummaries",
                columns: new[] { "TierCode", "RegionCode", "IndustryCode", "YearNamed", "Batch", "IsSample", "Craftsmen" });

            migrationBuilder.CreateIndex(
                name: "IX_AchievementSummaries_StudioLevel_Year_Category_IndustryCode_RegionCode_IsSample_Achievements_SavingsYuan",
                table: "AchievementSummaries",
                columns: new[] { "StudioLevel", "Year", "Category", "IndustryCode", "RegionCode", "IsSample", "Achievements", "SavingsYuan" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CraftsmanSummaries_TierCode_RegionCode_IndustryCode_YearNamed_Batch_IsSample_Craftsmen",
                table: "CraftsmanSummaries");

            migrationBuilder.DropIndex(
                name: "IX_AchievementSummaries_StudioLevel_Year_Category_IndustryCode_RegionCode_IsSample_Achievements_SavingsYuan",
                table: "AchievementSummaries");

            migrationBuilder.CreateIndex(
                name: "IX_CraftsmanSummaries_TierCode_RegionCode_IndustryCode_YearNamed_Batch_IsSample",
                table: "CraftsmanSummaries",
                columns: new[] { "TierCode", "RegionCode", "IndustryCode", "YearNamed", "Batch", "IsSample" });

            migrationBuilder.CreateIndex(
                name: "IX_AchievementSummaries_StudioLevel_Year_Category_IndustryCode_RegionCode_IsSample",
                table: "AchievementSummaries",
                columns: new[] { "StudioLevel", "Year", "Category", "IndustryCode", "RegionCode", "IsSample" });
        }
    }
}
