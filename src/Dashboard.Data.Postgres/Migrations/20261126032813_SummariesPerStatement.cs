using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Postgres.Migrations
{
    /// <summary>
    /// The summary cells follow craftsmen, achievements and competition entries once per statement, not once per row.
    /// Row by row, an import of 100,000 craftsmen into one cell updated that cell 100,000 times in one transaction, and
    /// each update stepped over every earlier version of the row: about 2,150 rows a second. Per statement, the rows
    /// the statement added and removed (its transition tables) are summed by cell, and each cell moves once.
    /// </summary>
    /// <remarks>
    /// A trigger with transition tables serves one event, so each table has three, sharing one function. A studio's,
    /// competition's or enterprise's own change still moves its cells row by row, as before: those come one at a time.
    /// </remarks>
    public partial class SummariesPerStatement : Migration
    {
        private const string CraftsmanCell = "\"TierCode\", \"RegionCode\", \"IndustryCode\", \"YearNamed\", \"Batch\", \"IsSample\"";
        private const string AchievementCell = "\"StudioLevel\", \"Year\", \"Category\", \"RegionCode\", \"IndustryCode\", \"IsSample\"";
        private const string ParticipationRow = "\"EnterpriseId\", \"Year\", \"Level\", \"IsSample\", \"RegionCode\", \"IndustryCode\", \"IsAboveScale\"";

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql($$"""
                DROP TRIGGER "CraftsmanSummaries_Follow" ON "Craftsmen";
                DROP TRIGGER "AchievementSummaries_Follow" ON "InnovationAchievements";
                DROP TRIGGER "ParticipationSummaries_Follow" ON "CompetitionEntries";

                CREATE OR REPLACE FUNCTION "CraftsmanSummaries_Follow"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    {{PerEvent(CraftsmanRows, rows => AddToCells("CraftsmanSummaries", CraftsmanCell, CraftsmanCell, [("Craftsmen", "Delta")], rows))}}
                    DELETE FROM "CraftsmanSummaries" WHERE "Craftsmen" = 0;
                    RETURN NULL;
                END $$;
                {{Triggers("CraftsmanSummaries_Follow", "Craftsmen")}}

                -- An achievement removed with its studio finds no studio: the studio's delete has taken it out already.
                CREATE OR REPLACE FUNCTION "AchievementSummaries_Follow"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    {{PerEvent(AchievementRows, rows => AddToCells("AchievementSummaries", AchievementCell, AchievementCell, [("Achievements", "Delta"), ("SavingsYuan", "Savings")], rows))}}
                    DELETE FROM "AchievementSummaries" WHERE "Achievements" = 0;
                    RETURN NULL;
                END $$;
                {{Triggers("AchievementSummaries_Follow", "InnovationAchievements")}}

                -- Likewise an entry removed with its competition or enterprise, whose delete has cleared their rows.
                CREATE OR REPLACE FUNCTION "ParticipationSummaries_Follow"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    {{PerEvent(EntryRows, rows => AddToCells("ParticipationSummaries", ParticipationRow, "\"EnterpriseId\", \"Year\", \"Level\", \"IsSample\"", [("Entries", "Delta"), ("Workers", "WorkerDelta")], rows))}}
                    IF TG_OP <> 'INSERT' THEN
                        DELETE FROM "ParticipationSummaries" WHERE "Entries" = 0 AND "EnterpriseId" IN (SELECT "EnterpriseId" FROM removed);
                    END IF;
                    RETURN NULL;
                END $$;
                {{Triggers("ParticipationSummaries_Follow", "CompetitionEntries")}}
                """);
        }

        /// <summary>The statement's rows as changes to their cells: an insert's +1 each, a delete's −1, an update's both.</summary>
        private static string PerEvent(Func<string, string, string> rows, Func<string, string> addToCells) => $"""
            IF TG_OP = 'INSERT' THEN
                        {addToCells(rows("added", "1"))};
                    ELSIF TG_OP = 'DELETE' THEN
                        {addToCells(rows("removed", "-1"))};
                    ELSE
                        {addToCells(rows("added", "1") + " UNION ALL " + rows("removed", "-1"))};
                    END IF;
            """;

        private static string CraftsmanRows(string table, string sign) => $"SELECT {CraftsmanCell}, {sign} AS \"Delta\" FROM {table}";

        private static string AchievementRows(string table, string sign) =>
            $"SELECT s.\"Level\" AS \"StudioLevel\", a.\"Year\", a.\"Category\", s.\"RegionCode\", s.\"IndustryCode\", a.\"IsSample\", " +
            $"{sign} AS \"Delta\", {sign} * a.\"SavingsYuan\" AS \"Savings\" FROM {table} AS a JOIN \"InnovationStudios\" AS s ON s.\"Id\" = a.\"StudioId\"";

        private static string EntryRows(string table, string sign) =>
            $"SELECT n.\"Id\" AS \"EnterpriseId\", c.\"Year\", c.\"Level\", c.\"IsSample\" OR n.\"IsSample\" AS \"IsSample\", n.\"RegionCode\", n.\"IndustryCode\", n.\"IsAboveScale\", " +
            $"{sign} AS \"Delta\", {sign} * e.\"Workers\" AS \"WorkerDelta\" " +
            $"FROM {table} AS e JOIN \"Competitions\" AS c ON c.\"Id\" = e.\"CompetitionId\" JOIN \"Enterprises\" AS n ON n.\"Id\" = e.\"EnterpriseId\"";

        /// <summary>
        /// Adds <paramref name="rows"/>' sums to their cells (<paramref name="key"/> finds a cell, as its unique index does),
        /// making a cell that is not there yet. Each cell changes once, with what all the rows bring it.
        /// </summary>
        private static string AddToCells(string summaries, string columns, string key, (string Column, string Delta)[] sums, string rows)
        {
            var totals = string.Join(", ", sums.Select(s => $"sum(\"{s.Delta}\")"));
            var moved = string.Join(" OR ", sums.Select(s => $"sum(\"{s.Delta}\") <> 0"));
            var added = string.Join(", ", sums.Select(s => $"\"{s.Column}\" = \"{summaries}\".\"{s.Column}\" + EXCLUDED.\"{s.Column}\""));
            return $"INSERT INTO \"{summaries}\" ({columns}, {string.Join(", ", sums.Select(s => $"\"{s.Column}\""))}) " +
                $"SELECT {columns}, {totals} FROM ({rows}) AS changed GROUP BY {columns} HAVING {moved} " +
                $"ON CONFLICT ({key}) DO UPDATE SET {added}";
        }

        private static string Triggers(string function, string table) => $"""
            CREATE TRIGGER "{function}Insert" AFTER INSERT ON "{table}" REFERENCING NEW TABLE AS added
                                FOR EACH STATEMENT EXECUTE FUNCTION "{function}"();
                            CREATE TRIGGER "{function}Update" AFTER UPDATE ON "{table}" REFERENCING OLD TABLE AS removed NEW TABLE AS added
                                FOR EACH STATEMENT EXECUTE FUNCTION "{function}"();
                            CREATE TRIGGER "{function}Delete" AFTER DELETE ON "{table}" REFERENCING OLD TABLE AS removed
                                FOR EACH STATEMENT EXECUTE FUNCTION "{function}"();
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var (function, table) in new[] { ("CraftsmanSummaries_Follow", "Craftsmen"), ("AchievementSummaries_Follow", "InnovationAchievements"), ("ParticipationSummaries_Follow", "CompetitionEntries") })
            {
                migrationBuilder.Sql($"""
                    DROP TRIGGER "{function}Insert" ON "{table}";
                    DROP TRIGGER "{function}Update" ON "{table}";
                    DROP TRIGGER "{function}Delete" ON "{table}";
                    """);
            }
            // The row-by-row functions and triggers of SummaryCells and ParticipationSummaries, as they were.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION "CraftsmanSummaries_Follow"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        UPDATE "CraftsmanSummaries" SET "Craftsmen" = "Craftsmen" - 1 WHERE "TierCode" = OLD."TierCode" AND "RegionCode" IS NOT DISTINCT FROM OLD."RegionCode" AND "IndustryCode" IS NOT DISTINCT FROM OLD."IndustryCode" AND "YearNamed" IS NOT DISTINCT FROM OLD."YearNamed" AND "Batch" IS NOT DISTINCT FROM OLD."Batch" AND "IsSample" = OLD."IsSample";
                        DELETE FROM "CraftsmanSummaries" WHERE "Craftsmen" = 0 AND "TierCode" = OLD."TierCode" AND "RegionCode" IS NOT DISTINCT FROM OLD."RegionCode" AND "IndustryCode" IS NOT DISTINCT FROM OLD."IndustryCode" AND "YearNamed" IS NOT DISTINCT FROM OLD."YearNamed" AND "Batch" IS NOT DISTINCT FROM OLD."Batch" AND "IsSample" = OLD."IsSample";
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        INSERT INTO "CraftsmanSummaries" ("TierCode", "RegionCode", "IndustryCode", "YearNamed", "Batch", "IsSample", "Craftsmen")
                        VALUES (NEW."TierCode", NEW."RegionCode", NEW."IndustryCode", NEW."YearNamed", NEW."Batch", NEW."IsSample", 1)
                        ON CONFLICT ("TierCode", "RegionCode", "IndustryCode", "YearNamed", "Batch", "IsSample")
                        DO UPDATE SET "Craftsmen" = "CraftsmanSummaries"."Craftsmen" + 1;
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "CraftsmanSummaries_Follow" AFTER INSERT OR DELETE OR UPDATE OF "TierCode", "RegionCode", "IndustryCode", "YearNamed", "Batch", "IsSample"
                    ON "Craftsmen" FOR EACH ROW EXECUTE FUNCTION "CraftsmanSummaries_Follow"();

                CREATE OR REPLACE FUNCTION "AchievementSummaries_Follow"() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE studio RECORD;
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        -- A studio being deleted has taken its achievements out already, and is gone by its cascade.
                        SELECT "Level", "RegionCode", "IndustryCode" INTO studio FROM "InnovationStudios" WHERE "Id" = OLD."StudioId";
                        IF FOUND THEN
                            UPDATE "AchievementSummaries" SET "Achievements" = "Achievements" - 1, "SavingsYuan" = "SavingsYuan" - OLD."SavingsYuan"
                            WHERE "StudioLevel" = studio."Level" AND "Year" = OLD."Year" AND "Category" = OLD."Category" AND "RegionCode" IS NOT DISTINCT FROM studio."RegionCode" AND "IndustryCode" IS NOT DISTINCT FROM studio."IndustryCode" AND "IsSample" = OLD."IsSample";
                            DELETE FROM "AchievementSummaries" WHERE "Achievements" = 0 AND "StudioLevel" = studio."Level" AND "Year" = OLD."Year" AND "Category" = OLD."Category" AND "RegionCode" IS NOT DISTINCT FROM studio."RegionCode" AND "IndustryCode" IS NOT DISTINCT FROM studio."IndustryCode" AND "IsSample" = OLD."IsSample";
                        END IF;
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        SELECT "Level", "RegionCode", "IndustryCode" INTO studio FROM "InnovationStudios" WHERE "Id" = NEW."StudioId";
                        INSERT INTO "AchievementSummaries" ("Year", "Category", "StudioLevel", "RegionCode", "IndustryCode", "IsSample", "Achievements", "SavingsYuan")
                        VALUES (NEW."Year", NEW."Category", studio."Level", studio."RegionCode", studio."IndustryCode", NEW."IsSample", 1, NEW."SavingsYuan")
                        ON CONFLICT ("StudioLevel", "Year", "Category", "RegionCode", "IndustryCode", "IsSample")
                        DO UPDATE SET "Achievements" = "AchievementSummaries"."Achievements" + 1, "SavingsYuan" = "AchievementSummaries"."SavingsYuan" + EXCLUDED."SavingsYuan";
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "AchievementSummaries_Follow" AFTER INSERT OR DELETE OR UPDATE OF "StudioId", "Year", "Category", "SavingsYuan", "IsSample"
                    ON "InnovationAchievements" FOR EACH ROW EXECUTE FUNCTION "AchievementSummaries_Follow"();

                CREATE OR REPLACE FUNCTION "ParticipationSummaries_Follow"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        UPDATE "ParticipationSummaries" AS p SET "Entries" = p."Entries" - 1, "Workers" = p."Workers" - OLD."Workers"
                        FROM "Competitions" c, "Enterprises" n
                        WHERE c."Id" = OLD."CompetitionId" AND n."Id" = OLD."EnterpriseId" AND p."EnterpriseId" = n."Id"
                          AND p."Year" IS NOT DISTINCT FROM c."Year" AND p."Level" = c."Level" AND p."IsSample" = (c."IsSample" OR n."IsSample");
                        DELETE FROM "ParticipationSummaries" WHERE "Entries" = 0 AND "EnterpriseId" = OLD."EnterpriseId";
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        INSERT INTO "ParticipationSummaries" ("EnterpriseId", "Year", "Level", "IsSample", "RegionCode", "IndustryCode", "IsAboveScale", "Entries", "Workers")
                        SELECT n."Id", c."Year", c."Level", c."IsSample" OR n."IsSample", n."RegionCode", n."IndustryCode", n."IsAboveScale", 1, NEW."Workers"
                        FROM "Competitions" c, "Enterprises" n WHERE c."Id" = NEW."CompetitionId" AND n."Id" = NEW."EnterpriseId"
                        ON CONFLICT ("EnterpriseId", "Year", "Level", "IsSample")
                        DO UPDATE SET "Entries" = "ParticipationSummaries"."Entries" + 1, "Workers" = "ParticipationSummaries"."Workers" + EXCLUDED."Workers";
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "ParticipationSummaries_Follow" AFTER INSERT OR DELETE OR UPDATE OF "CompetitionId", "EnterpriseId", "Workers"
                    ON "CompetitionEntries" FOR EACH ROW EXECUTE FUNCTION "ParticipationSummaries_Follow"();
                """);
        }
    }
}
