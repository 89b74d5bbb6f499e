using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SummaryIndexesHoldTheSums : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CraftsmanSummaries_TierCode_RegionCode_IndustryCode_YearNam~",
                table: "CraftsmanSummaries");

            migrationBuilder.DropIndex(
                name: "IX_AchievementSummaries_StudioLevel_Year_Category_IndustryCode~",
                table: "AchievementSummaries");

            migrationBuilder.CreateIndex(
                name: "IX_CraftsmanSummaries_TierCode_RegionCode_IndustryCode_YearNam~",
                table: "CraftsmanSummaries",
                columns: new[] { "TierCode", "RegionCode", "IndustryCode", "YearNamed", "Batch", "IsSample", "Craftsmen" });

            migrationBuilder.CreateIndex(
                name: "IX_AchievementSummaries_StudioLevel_Year_Category_IndustryCode~",
                table: "AchievementSummaries",
                columns: new[] { "StudioLevel", "Year", "Category", "IndustryCode", "RegionCode", "IsSample", "Achievements", "SavingsYuan" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CraftsmanSummaries_TierCode_RegionCode_IndustryCode_YearNam~",
                table: "CraftsmanSummaries");

            migrationBuilder.DropIndex(
                name: "IX_AchievementSummaries_StudioLevel_Year_Category_IndustryCode~",
                table: "AchievementSummaries");

            migrationBuilder.CreateIndex(
                name: "IX_CraftsmanSummaries_TierCode_RegionCode_IndustryCode_YearNam~",
                table: "CraftsmanSummaries",
                columns: new[] { "TierCode", "RegionCode", "IndustryCode", "YearNamed", "Batch", "IsSample" });

            migrationBuilder.CreateIndex(
                name: "IX_AchievementSummaries_StudioLevel_Year_Category_IndustryCode~",
                table: "AchievementSummaries",
                columns: new[] { "StudioLevel", "Year", "Category", "IndustryCode", "RegionCode", "IsSample" });
        }
    }
}
