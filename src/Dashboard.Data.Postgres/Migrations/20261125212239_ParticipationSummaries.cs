using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dashboard.Data.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EnterpriseId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    Level = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    IsSample = table.Column<bool>(type: "boolean", nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    IndustryCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IsAboveScale = table.Column<bool>(type: "boolean", nullable: false),
                    Entries = table.Column<int>(type: "integer", nullable: false),
                    Workers = table.Column<long>(type: "bigint", nullable: false)
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
                name: "IX_ParticipationSummaries_RegionCode_IndustryCode_EnterpriseId~",
                table: "ParticipationSummaries",
                columns: new[] { "RegionCode", "IndustryCode", "EnterpriseId", "IsAboveScale", "Year", "Level", "IsSample", "Entries", "Workers" });

            migrationBuilder.CreateIndex(
                name: "IX_ParticipationSummaries_Year_IsAboveScale_EnterpriseId_Level~",
                table: "ParticipationSummaries",
                columns: new[] { "Year", "IsAboveScale", "EnterpriseId", "Level", "IsSample", "RegionCode", "IndustryCode", "Entries" });

            // As the other cells: a unique row per enterprise × year × level × sample, its null years equal, for ON CONFLICT.
            // Entries move their rows one by one; a competition's or an enterprise's change counts the rows of the
            // enterprises concerned afresh; a delete of either clears them first, so its cascade finds nothing to move.
            migrationBuilder.Sql($$"""
                CREATE UNIQUE INDEX "UX_ParticipationSummaries_Row" ON "ParticipationSummaries"
                    ("EnterpriseId", "Year", "Level", "IsSample") NULLS NOT DISTINCT;

                CREATE FUNCTION "ParticipationSummaries_Follow"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        UPDATE "ParticipationSummaries" AS p SET "Entries" = p."Entries" - 1, "Workers" = p."Workers" - OLD."Workers"
                        FROM "Competitions" c, "Enterprises" n
                        WHERE c."Id" = OLD."CompetitionId" AND n."Id" = OLD."EnterpriseId" AND p."EnterpriseId" = n."Id"
                          AND p."Year" IS NOT DISTINCT FROM c."Year" AND p."Level" = c."Level" AND p."IsSample" = (c."IsSample" OR n."IsSample");
                        DELETE FROM "ParticipationSummaries" WHERE "Entries" = 0 AND "EnterpriseId" = OLD."EnterpriseId";
                    END IF;
                    IF TG_OP <> 'DELETE' THEN
                        INSERT INTO "ParticipationSummaries" ({{Columns}})
                        SELECT n."Id", c."Year", c."Level", c."IsSample" OR n."IsSample", n."RegionCode", n."IndustryCode", n."IsAboveScale", 1, NEW."Workers"
                        FROM "Competitions" c, "Enterprises" n WHERE c."Id" = NEW."CompetitionId" AND n."Id" = NEW."EnterpriseId"
                        ON CONFLICT ("EnterpriseId", "Year", "Level", "IsSample")
                        DO UPDATE SET "Entries" = "ParticipationSummaries"."Entries" + 1, "Workers" = "ParticipationSummaries"."Workers" + EXCLUDED."Workers";
                    END IF;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "ParticipationSummaries_Follow" AFTER INSERT OR DELETE OR UPDATE OF "CompetitionId", "EnterpriseId", "Workers"
                    ON "CompetitionEntries" FOR EACH ROW EXECUTE FUNCTION "ParticipationSummaries_Follow"();

                CREATE FUNCTION "ParticipationSummaries_FollowCompetition"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM "ParticipationSummaries"
                    WHERE "EnterpriseId" IN (SELECT "EnterpriseId" FROM "CompetitionEntries" WHERE "CompetitionId" = OLD."Id");
                    {{Regroup("""WHERE e."EnterpriseId" IN (SELECT "EnterpriseId" FROM "CompetitionEntries" WHERE "CompetitionId" = OLD."Id") AND (TG_OP <> 'DELETE' OR e."CompetitionId" <> OLD."Id")""")}};
                    RETURN OLD;
                END $$;
                CREATE TRIGGER "ParticipationSummaries_CompetitionMoved" AFTER UPDATE OF "Year", "Level", "IsSample" ON "Competitions" FOR EACH ROW
                    WHEN (OLD."Year" IS DISTINCT FROM NEW."Year" OR OLD."Level" IS DISTINCT FROM NEW."Level" OR OLD."IsSample" IS DISTINCT FROM NEW."IsSample")
                    EXECUTE FUNCTION "ParticipationSummaries_FollowCompetition"();
                CREATE TRIGGER "ParticipationSummaries_CompetitionDelete" BEFORE DELETE ON "Competitions" FOR EACH ROW
                    EXECUTE FUNCTION "ParticipationSummaries_FollowCompetition"();

                CREATE FUNCTION "ParticipationSummaries_FollowEnterprise"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    DELETE FROM "ParticipationSummaries" WHERE "EnterpriseId" = OLD."Id";
                    IF TG_OP = 'UPDATE' THEN
                        {{Regroup("""WHERE e."EnterpriseId" = NEW."Id" """)}};
                    END IF;
                    RETURN OLD;
                END $$;
                CREATE TRIGGER "ParticipationSummaries_EnterpriseMoved" AFTER UPDATE OF "RegionCode", "IndustryCode", "IsAboveScale", "IsSample" ON "Enterprises" FOR EACH ROW
                    WHEN (OLD."RegionCode" IS DISTINCT FROM NEW."RegionCode" OR OLD."IndustryCode" IS DISTINCT FROM NEW."IndustryCode"
                          OR OLD."IsAboveScale" IS DISTINCT FROM NEW."IsAboveScale" OR OLD."IsSample" IS DISTINCT FROM NEW."IsSample")
                    EXECUTE FUNCTION "ParticipationSummaries_FollowEnterprise"();
                CREATE TRIGGER "ParticipationSummaries_EnterpriseDelete" BEFORE DELETE ON "Enterprises" FOR EACH ROW
                    EXECUTE FUNCTION "ParticipationSummaries_FollowEnterprise"();

                {{Regroup("")}};
                """);
        }

        private const string Columns =
            "\"EnterpriseId\", \"Year\", \"Level\", \"IsSample\", \"RegionCode\", \"IndustryCode\", \"IsAboveScale\", \"Entries\", \"Workers\"";

        /// <summary>The rows of the entries <paramref name="where"/> picks (all when empty), counted afresh.</summary>
        private static string Regroup(string where) => $"""
            INSERT INTO "ParticipationSummaries" ({Columns})
            SELECT n."Id", c."Year", c."Level", c."IsSample" OR n."IsSample", n."RegionCode", n."IndustryCode", n."IsAboveScale", count(*), sum(e."Workers")
            FROM "CompetitionEntries" e JOIN "Competitions" c ON c."Id" = e."CompetitionId" JOIN "Enterprises" n ON n."Id" = e."EnterpriseId"
            {where}
            GROUP BY n."Id", c."Year", c."Level", c."IsSample" OR n."IsSample"
            """;

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "ParticipationSummaries_Follow" ON "CompetitionEntries";
                DROP TRIGGER IF EXISTS "ParticipationSummaries_CompetitionMoved" ON "Competitions";
                DROP TRIGGER IF EXISTS "ParticipationSummaries_CompetitionDelete" ON "Competitions";
                DROP TRIGGER IF EXISTS "ParticipationSummaries_EnterpriseMoved" ON "Enterprises";
                DROP TRIGGER IF EXISTS "ParticipationSummaries_EnterpriseDelete" ON "Enterprises";
                DROP FUNCTION IF EXISTS "ParticipationSummaries_Follow"();
                DROP FUNCTION IF EXISTS "ParticipationSummaries_FollowCompetition"();
                DROP FUNCTION IF EXISTS "ParticipationSummaries_FollowEnterprise"();
                """);
            migrationBuilder.DropTable(
                name: "ParticipationSummaries");
        }
    }
}
