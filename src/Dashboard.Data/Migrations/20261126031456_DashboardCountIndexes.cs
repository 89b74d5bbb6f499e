using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardCountIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InnovationStudios_Level",
                table: "InnovationStudios");

            migrationBuilder.DropIndex(
                name: "IX_AchievementSummaries_StudioLevel_Year_Category_RegionCode_IndustryCode_IsSample",
                table: "AchievementSummaries");

            migrationBuilder.CreateIndex(
                name: "IX_InnovationStudios_Level_RegionCode_IsCraftsmanLed_IsSample",
                table: "InnovationStudios",
                columns: new[] { "Level", "RegionCode", "IsCraftsmanLed", "IsSample" });

            migrationBuilder.CreateIndex(
                name: "IX_AchievementSummaries_StudioLevel_Year_Category_IndustryCode_RegionCode_IsSample",
                table: "AchievementSummaries",
                columns: new[] { "StudioLevel", "Year", "Category", "IndustryCode", "RegionCode", "IsSample" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InnovationStudios_Level_RegionCode_IsCraftsmanLed_IsSample",
                table: "InnovationStudios");

            migrationBuilder.DropIndex(
                name: "IX_AchievementSummaries_StudioLevel_Year_Category_IndustryCode_RegionCode_IsSample",
                table: "AchievementSummaries");

            migrationBuilder.CreateIndex(
                name: "IX_InnovationStudios_Level",
                table: "InnovationStudios",
                column: "Level");

            migrationBuilder.CreateIndex(
                name: "IX_AchievementSummaries_StudioLevel_Year_Category_RegionCode_IndustryCode_IsSample",
                table: "AchievementSummaries",
                columns: new[] { "StudioLevel", "Year", "Category", "RegionCode", "IndustryCode", "IsSample" });
        }
    }
}
