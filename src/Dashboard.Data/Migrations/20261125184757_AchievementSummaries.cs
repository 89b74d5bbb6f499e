using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class AchievementSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AchievementSummaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    StudioLevel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Achievements = table.Column<int>(type: "INTEGER", nullable: false),
                    SavingsYuan = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AchievementSummaries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AchievementSummaries_StudioLevel_Year_Category_RegionCode_IndustryCode_IsSample",
                table: "AchievementSummaries",
                columns: new[] { "StudioLevel", "Year", "Category", "RegionCode", "IndustryCode", "IsSample" });

            foreach (var sql in Triggers)
            {
                migrationBuilder.Sql(sql);
            }
            migrationBuilder.Sql(Rebuild);
        }

        // An achievement's cell: its year, category and sample flag, and its studio's level, 市州 and industry.
        // IS compares the codes, which may be null, as equal when both are.
        private static string CellOf(string achievement, string studio, string cell = "c") =>
            $"{cell}.StudioLevel = {studio}.Level AND {cell}.Year = {achievement}.Year AND {cell}.Category = {achievement}.Category " +
            $"AND {cell}.RegionCode IS {studio}.RegionCode AND {cell}.IndustryCode IS {studio}.IndustryCode AND {cell}.IsSample = {achievement}.IsSample";

        /// <summary>Adds one achievement to its cell under its studio as it is now.</summary>
        private static string Add(string achievement) => $"""
            INSERT INTO AchievementSummaries (Year, Category, StudioLevel, RegionCode, IndustryCode, IsSample, Achievements, SavingsYuan)
            SELECT {achievement}.Year, {achievement}.Category, s.Level, s.RegionCode, s.IndustryCode, {achievement}.IsSample, 0, 0
            FROM InnovationStudios s WHERE s.Id = {achievement}.StudioId
              AND NOT EXISTS (SELECT 1 FROM AchievementSummaries c WHERE {CellOf(achievement, "s")});
            UPDATE AchievementSummaries SET Achievements = Achievements + 1, SavingsYuan = SavingsYuan + {achievement}.SavingsYuan
            WHERE Id = (SELECT c.Id FROM AchievementSummaries c JOIN InnovationStudios s ON s.Id = {achievement}.StudioId WHERE {CellOf(achievement, "s")});
            """;

        /// <summary>Takes one achievement out of its cell, and the cell away when it is left empty.</summary>
        private static string SubtractOld => $"""
            UPDATE AchievementSummaries SET Achievements = Achievements - 1, SavingsYuan = SavingsYuan - OLD.SavingsYuan
            WHERE Id = (SELECT c.Id FROM AchievementSummaries c JOIN InnovationStudios s ON s.Id = OLD.StudioId WHERE {CellOf("OLD", "s")});
            DELETE FROM AchievementSummaries WHERE Achievements = 0
              AND Id = (SELECT c.Id FROM AchievementSummaries c JOIN InnovationStudios s ON s.Id = OLD.StudioId WHERE {CellOf("OLD", "s")});
            """;

        /// <summary>
        /// A studio's achievements, per cell, added to (<paramref name="sign"/> +) or taken out of (-) the cells of the
        /// studio's <paramref name="studio"/> values; cells left empty go.
        /// </summary>
        // No alias for the updated table: older SQLite (3.40, as Debian ships) refuses one inside a trigger.
        private static string ShiftStudio(string studio, char sign) => $"""
            INSERT INTO AchievementSummaries (Year, Category, StudioLevel, RegionCode, IndustryCode, IsSample, Achievements, SavingsYuan)
            SELECT DISTINCT g.Year, g.Category, {studio}.Level, {studio}.RegionCode, {studio}.IndustryCode, g.IsSample, 0, 0
            FROM InnovationAchievements g WHERE g.StudioId = {studio}.Id
              AND NOT EXISTS (SELECT 1 FROM AchievementSummaries c WHERE {CellOf("g", studio)});
            UPDATE AchievementSummaries
            SET Achievements = AchievementSummaries.Achievements {sign} g.Achievements, SavingsYuan = AchievementSummaries.SavingsYuan {sign} g.SavingsYuan
            FROM (SELECT Year, Category, IsSample, count(*) AS Achievements, sum(SavingsYuan) AS SavingsYuan
                  FROM InnovationAchievements WHERE StudioId = {studio}.Id GROUP BY Year, Category, IsSample) AS g
            WHERE {CellOf("g", studio, "AchievementSummaries")};
            DELETE FROM AchievementSummaries WHERE Achievements = 0
              AND StudioLevel = {studio}.Level AND RegionCode IS {studio}.RegionCode AND IndustryCode IS {studio}.IndustryCode;
            """;

        /// <summary>
        /// Each write to achievements, and each change of a studio's level, 市州 or industry, moves the cells in the same
        /// statement. A studio's delete takes its achievements out first: by the time its cascade deletes them, the
        /// studio is gone and their own trigger finds no cell.
        /// </summary>
        private static IEnumerable<string> Triggers =>
        [
            $"CREATE TRIGGER AchievementSummaries_Insert AFTER INSERT ON InnovationAchievements BEGIN {Add("NEW")} END;",
            $"CREATE TRIGGER AchievementSummaries_Delete AFTER DELETE ON InnovationAchievements BEGIN {SubtractOld} END;",
            $"CREATE TRIGGER AchievementSummaries_Update AFTER UPDATE OF StudioId, Year, Category, SavingsYuan, IsSample ON InnovationAchievements BEGIN {SubtractOld} {Add("NEW")} END;",
            $"""
            CREATE TRIGGER AchievementSummaries_StudioMoved AFTER UPDATE OF Level, RegionCode, IndustryCode ON InnovationStudios
            WHEN OLD.Level IS NOT NEW.Level OR OLD.RegionCode IS NOT NEW.RegionCode OR OLD.IndustryCode IS NOT NEW.IndustryCode
            BEGIN {ShiftStudio("OLD", '-')} {ShiftStudio("NEW", '+')} END;
            """,
            $"CREATE TRIGGER AchievementSummaries_StudioDelete BEFORE DELETE ON InnovationStudios BEGIN {ShiftStudio("OLD", '-')} END;",
        ];

        /// <summary>The cells of the achievements already there.</summary>
        private const string Rebuild = """
            INSERT INTO AchievementSummaries (Year, Category, StudioLevel, RegionCode, IndustryCode, IsSample, Achievements, SavingsYuan)
            SELECT a.Year, a.Category, s.Level, s.RegionCode, s.IndustryCode, a.IsSample, count(*), sum(a.SavingsYuan)
            FROM InnovationAchievements a JOIN InnovationStudios s ON s.Id = a.StudioId
            GROUP BY a.Year, a.Category, s.Level, s.RegionCode, s.IndustryCode, a.IsSample;
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "Insert", "Delete", "Update", "StudioMoved", "StudioDelete" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS AchievementSummaries_{trigger};");
            }
            migrationBuilder.DropTable(
                name: "AchievementSummaries");
        }
    }
}
