using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class ParticipationSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ParticipationSummaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsAboveScale = table.Column<bool>(type: "INTEGER", nullable: false),
                    Entries = table.Column<int>(type: "INTEGER", nullable: false),
                    Workers = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipationSummaries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationSummaries_EnterpriseId_Year_Level_IsSample",
                table: "ParticipationSummaries",
                columns: new[] { "EnterpriseId", "Year", "Level", "IsSample" });

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationSummaries_RegionCode_IndustryCode_EnterpriseId_IsAboveScale_Year_Level_IsSample_Entries_Workers",
                table: "ParticipationSummaries",
                columns: new[] { "RegionCode", "IndustryCode", "EnterpriseId", "IsAboveScale", "Year", "Level", "IsSample", "Entries", "Workers" });

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationSummaries_Year_IsAboveScale_EnterpriseId_Level_IsSample_RegionCode_IndustryCode_Entries",
                table: "ParticipationSummaries",
                columns: new[] { "Year", "IsAboveScale", "EnterpriseId", "Level", "IsSample", "RegionCode", "IndustryCode", "Entries" });

            foreach (var sql in Triggers)
            {
                migrationBuilder.Sql(sql);
            }
            migrationBuilder.Sql($"{Regroup("")};");
        }

        private const string Columns = "EnterpriseId, Year, Level, IsSample, RegionCode, IndustryCode, IsAboveScale, Entries, Workers";

        // An entry's row: its enterprise, its competition's year and level, and whether either is sample data. The
        // enterprise is named by the entry's own id, so the lookup walks that enterprise's rows only. IS compares years,
        // which may be null, as equal when both are.
        private static string CellOf(string entry) =>
            $"p.EnterpriseId = {entry}.EnterpriseId AND p.Year IS c.Year AND p.Level = c.Level AND p.IsSample = (c.IsSample OR n.IsSample)";

        private static string EntryCell(string entry) => $"""
            SELECT p.Id FROM Competitions c, Enterprises n, ParticipationSummaries p
            WHERE c.Id = {entry}.CompetitionId AND n.Id = {entry}.EnterpriseId AND {CellOf(entry)}
            """;

        /// <summary>Adds one entry to its row, as its competition and enterprise are now.</summary>
        private static string Add(string entry) => $"""
            INSERT INTO ParticipationSummaries ({Columns})
            SELECT n.Id, c.Year, c.Level, c.IsSample OR n.IsSample, n.RegionCode, n.IndustryCode, n.IsAboveScale, 0, 0
            FROM Competitions c, Enterprises n WHERE c.Id = {entry}.CompetitionId AND n.Id = {entry}.EnterpriseId
              AND NOT EXISTS (SELECT 1 FROM ParticipationSummaries p WHERE {CellOf(entry)});
            UPDATE ParticipationSummaries SET Entries = Entries + 1, Workers = Workers + {entry}.Workers WHERE Id = ({EntryCell(entry)});
            """;

        /// <summary>Takes one entry out of its row, and the row away when it is left empty.</summary>
        private static string SubtractOld => $"""
            UPDATE ParticipationSummaries SET Entries = Entries - 1, Workers = Workers - OLD.Workers WHERE Id = ({EntryCell("OLD")});
            DELETE FROM ParticipationSummaries WHERE Entries = 0 AND EnterpriseId = OLD.EnterpriseId;
            """;

        /// <summary>The rows of the entries <paramref name="where"/> picks (all when empty), counted afresh.</summary>
        private static string Regroup(string where) => $"""
            INSERT INTO ParticipationSummaries ({Columns})
            SELECT n.Id, c.Year, c.Level, c.IsSample OR n.IsSample, n.RegionCode, n.IndustryCode, n.IsAboveScale, count(*), sum(e.Workers)
            FROM CompetitionEntries e JOIN Competitions c ON c.Id = e.CompetitionId JOIN Enterprises n ON n.Id = e.EnterpriseId
            {where}
            GROUP BY n.Id, c.Year, c.Level, c.IsSample OR n.IsSample
            """;

        /// <summary>
        /// The rows of every enterprise in a competition, counted afresh from their entries; with <paramref name="leaving"/>,
        /// without the competition's own, which its delete is about to take away.
        /// </summary>
        private static string RegroupCompetition(string competition, bool leaving = false) => $"""
            DELETE FROM ParticipationSummaries WHERE EnterpriseId IN (SELECT EnterpriseId FROM CompetitionEntries WHERE CompetitionId = {competition}.Id);
            {Regroup($"WHERE e.EnterpriseId IN (SELECT EnterpriseId FROM CompetitionEntries WHERE CompetitionId = {competition}.Id)"
                + (leaving ? $" AND e.CompetitionId <> {competition}.Id" : ""))};
            """;

        /// <summary>
        /// Entries move their rows one by one, so a bulk write of entries costs one lookup each. A competition's change of
        /// year, level or sample flag, and an enterprise's change of 市州, industry, size or sample flag, count the rows of
        /// the enterprises concerned afresh. A delete of either clears its rows first: by the time its cascade deletes the
        /// entries, it is gone and their own trigger finds no row.
        /// </summary>
        private static IEnumerable<string> Triggers =>
        [
            $"CREATE TRIGGER ParticipationSummaries_Insert AFTER INSERT ON CompetitionEntries BEGIN {Add("NEW")} END;",
            $"CREATE TRIGGER ParticipationSummaries_Delete AFTER DELETE ON CompetitionEntries BEGIN {SubtractOld} END;",
            $"CREATE TRIGGER ParticipationSummaries_Update AFTER UPDATE OF CompetitionId, EnterpriseId, Workers ON CompetitionEntries BEGIN {SubtractOld} {Add("NEW")} END;",
            $"""
            CREATE TRIGGER ParticipationSummaries_CompetitionMoved AFTER UPDATE OF Year, Level, IsSample ON Competitions
            WHEN OLD.Year IS NOT NEW.Year OR OLD.Level IS NOT NEW.Level OR OLD.IsSample IS NOT NEW.IsSample
            BEGIN {RegroupCompetition("NEW")} END;
            """,
            $"CREATE TRIGGER ParticipationSummaries_CompetitionDelete BEFORE DELETE ON Competitions BEGIN {RegroupCompetition("OLD", leaving: true)} END;",
            $"""
            CREATE TRIGGER ParticipationSummaries_EnterpriseMoved AFTER UPDATE OF RegionCode, IndustryCode, IsAboveScale, IsSample ON Enterprises
            WHEN OLD.RegionCode IS NOT NEW.RegionCode OR OLD.IndustryCode IS NOT NEW.IndustryCode OR OLD.IsAboveScale IS NOT NEW.IsAboveScale OR OLD.IsSample IS NOT NEW.IsSample
            BEGIN DELETE FROM ParticipationSummaries WHERE EnterpriseId = NEW.Id; {Regroup("WHERE e.EnterpriseId = NEW.Id")}; END;
            """,
            "CREATE TRIGGER ParticipationSummaries_EnterpriseDelete BEFORE DELETE ON Enterprises BEGIN DELETE FROM ParticipationSummaries WHERE EnterpriseId = OLD.Id; END;",
        ];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "Insert", "Delete", "Update", "CompetitionMoved", "CompetitionDelete", "EnterpriseMoved", "EnterpriseDelete" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS ParticipationSummaries_{trigger};");
            }
            migrationBuilder.DropTable(
                name: "ParticipationSummaries");
        }
    }
}
