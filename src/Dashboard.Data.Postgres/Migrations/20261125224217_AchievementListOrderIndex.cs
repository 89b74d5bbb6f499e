using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AchievementListOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_InnovationAchievements_Year_Title_Id_StudioId_Category_IsSa~",
                table: "InnovationAchievements",
                columns: new[] { "Year", "Title", "Id", "StudioId", "Category", "IsSample" },
                descending: new[] { true, false, false, false, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InnovationAchievements_Year_Title_Id_StudioId_Category_IsSa~",
                table: "InnovationAchievements");
        }
    }
}
