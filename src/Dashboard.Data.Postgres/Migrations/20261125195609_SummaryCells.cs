using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dashboard.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SummaryCells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CompetitionEntries_EnterpriseId",
                table: "CompetitionEntries");

            migrationBuilder.AddColumn<bool>(
                name: "WasRemoved",
                table: "ImportBatchChanges",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "AchievementSummaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    StudioLevel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    IndustryCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    IsSample = table.Column<bool>(type: "boolean", nullable: false),
                    Achievements = table.Column<int>(type: "integer", nullable: false),
                    SavingsYuan = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AchievementSummaries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CraftsmanSummaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TierCode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    RegionCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    IndustryCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    YearNamed = table.Column<int>(type: "integer", nullable: true),
                    Batch = table.Column<int>(type: "integer", nullable: true),
                    IsSample = table.Column<bool>(type: "boolean", nullable: false),
                    Craftsmen = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CraftsmanSummaries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionEntries_EnterpriseId_CompetitionId_Workers",
                table: "CompetitionEntries",
                columns: new[] { "EnterpriseId", "CompetitionId", "Workers" });

            migrationBuilder.CreateIndex(
                name: "IX_AchievementSummaries_StudioLevel_Year_Category_RegionCode_I~",
                table: "AchievementSummaries",
                columns: new[] { "StudioLevel", "Year", "Category", "RegionCode", "IndustryCode", "IsSample" });

            migrationBuilder.CreateIndex(
                name: "IX_CraftsmanSummaries_TierCode_RegionCode_IndustryCode_YearNam~",
                table: "CraftsmanSummaries",
                columns: new[] { "TierCode", "RegionCode", "IndustryCode", "YearNamed", "Batch", "IsSample" });

            // PostgreSQL keeps the cells with ON CONFLICT: a unique index on the cell, its nulls equal (PostgreSQL 15+),
            // lets two servers' writes meet in one cell without a duplicate.
            migrationBuilder.Sql("""
                CREATE UNIQUE INDEX "UX_AchievementSummaries_Cell" ON "AchievementSummaries"
                    ("StudioLevel", "Year", "Category", "RegionCode", "IndustryCode", "IsSample") NULLS NOT DISTINCT;
                CREATE UNIQUE INDEX "UX_CraftsmanSummaries_Cell" ON "CraftsmanSummaries"
                    ("TierCode", "RegionCode", "IndustryCode", "YearNamed", "Batch", "IsSample") NULLS NOT DISTINCT;
                """);
            migrationBuilder.Sql($$"""
                CREATE FUNCTION "CraftsmanSummaries_Follow"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        UPDATE "CraftsmanSummaries" SET "Craftsmen" = "Craftsmen" - 1 WHERE {{CraftsmanCell("OLD")}};
                        DELETE FROM "CraftsmanSummaries" WHERE "Craftsmen" = 0 AND {{CraftsmanCell("OLD")}};
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

                CREATE FUNCTION "AchievementSummaries_Follow"() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE studio RECORD;
                BEGIN
                    IF TG_OP <> 'INSERT' THEN
                        -- A studio being deleted has taken its achievements out already, and is gone by its cascade.
                        SELECT "Level", "RegionCode", "IndustryCode" INTO studio FROM "InnovationStudios" WHERE "Id" = OLD."StudioId";
                        IF FOUND THEN
                            UPDATE "AchievementSummaries" SET "Achievements" = "Achievements" - 1, "SavingsYuan" = "SavingsYuan" - OLD."SavingsYuan"
                            WHERE {{AchievementCell("OLD", "studio")}};
                            DELETE FROM "AchievementSummaries" WHERE "Achievements" = 0 AND {{AchievementCell("OLD", "studio")}};
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

                CREATE FUNCTION "AchievementSummaries_FollowStudio"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "AchievementSummaries" AS c SET "Achievements" = c."Achievements" - g."Achievements", "SavingsYuan" = c."SavingsYuan" - g."SavingsYuan"
                    FROM (SELECT "Year", "Category", "IsSample", count(*) AS "Achievements", sum("SavingsYuan") AS "SavingsYuan"
                          FROM "InnovationAchievements" WHERE "StudioId" = OLD."Id" GROUP BY "Year", "Category", "IsSample") AS g
                    WHERE c."StudioLevel" = OLD."Level" AND c."RegionCode" IS NOT DISTINCT FROM OLD."RegionCode" AND c."IndustryCode" IS NOT DISTINCT FROM OLD."IndustryCode"
                      AND c."Year" = g."Year" AND c."Category" = g."Category" AND c."IsSample" = g."IsSample";
                    DELETE FROM "AchievementSummaries" WHERE "Achievements" = 0 AND "StudioLevel" = OLD."Level"
                      AND "RegionCode" IS NOT DISTINCT FROM OLD."RegionCode" AND "IndustryCode" IS NOT DISTINCT FROM OLD."IndustryCode";
                    IF TG_OP = 'DELETE' THEN
                        RETURN OLD;
                    END IF;
                    INSERT INTO "AchievementSummaries" ("Year", "Category", "StudioLevel", "RegionCode", "IndustryCode", "IsSample", "Achievements", "SavingsYuan")
                    SELECT "Year", "Category", NEW."Level", NEW."RegionCode", NEW."IndustryCode", "IsSample", count(*), sum("SavingsYuan")
                    FROM "InnovationAchievements" WHERE "StudioId" = NEW."Id" GROUP BY "Year", "Category", "IsSample"
                    ON CONFLICT ("StudioLevel", "Year", "Category", "RegionCode", "IndustryCode", "IsSample")
                    DO UPDATE SET "Achievements" = "AchievementSummaries"."Achievements" + EXCLUDED."Achievements",
                                  "SavingsYuan" = "AchievementSummaries"."SavingsYuan" + EXCLUDED."SavingsYuan";
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "AchievementSummaries_StudioMoved" AFTER UPDATE OF "Level", "RegionCode", "IndustryCode" ON "InnovationStudios" FOR EACH ROW
                    WHEN (OLD."Level" IS DISTINCT FROM NEW."Level" OR OLD."RegionCode" IS DISTINCT FROM NEW."RegionCode" OR OLD."IndustryCode" IS DISTINCT FROM NEW."IndustryCode")
                    EXECUTE FUNCTION "AchievementSummaries_FollowStudio"();
                CREATE TRIGGER "AchievementSummaries_StudioDelete" BEFORE DELETE ON "InnovationStudios" FOR EACH ROW EXECUTE FUNCTION "AchievementSummaries_FollowStudio"();

                INSERT INTO "CraftsmanSummaries" ("TierCode", "RegionCode", "IndustryCode", "YearNamed", "Batch", "IsSample", "Craftsmen")
                SELECT "TierCode", "RegionCode", "IndustryCode", "YearNamed", "Batch", "IsSample", count(*) FROM "Craftsmen"
                GROUP BY "TierCode", "RegionCode", "IndustryCode", "YearNamed", "Batch", "IsSample";
                INSERT INTO "AchievementSummaries" ("Year", "Category", "StudioLevel", "RegionCode", "IndustryCode", "IsSample", "Achievements", "SavingsYuan")
                SELECT a."Year", a."Category", s."Level", s."RegionCode", s."IndustryCode", a."IsSample", count(*), sum(a."SavingsYuan")
                FROM "InnovationAchievements" a JOIN "InnovationStudios" s ON s."Id" = a."StudioId"
                GROUP BY a."Year", a."Category", s."Level", s."RegionCode", s."IndustryCode", a."IsSample";
                """);
        }

        // A record's cell. IS NOT DISTINCT FROM compares the values that may be null as equal when both are.
        private static string CraftsmanCell(string craftsman) =>
            $"\"TierCode\" = {craftsman}.\"TierCode\" AND \"RegionCode\" IS NOT DISTINCT FROM {craftsman}.\"RegionCode\" " +
            $"AND \"IndustryCode\" IS NOT DISTINCT FROM {craftsman}.\"IndustryCode\" AND \"YearNamed\" IS NOT DISTINCT FROM {craftsman}.\"YearNamed\" " +
            $"AND \"Batch\" IS NOT DISTINCT FROM {craftsman}.\"Batch\" AND \"IsSample\" = {craftsman}.\"IsSample\"";

        private static string AchievementCell(string achievement, string studio) =>
            $"\"StudioLevel\" = {studio}.\"Level\" AND \"Year\" = {achievement}.\"Year\" AND \"Category\" = {achievement}.\"Category\" " +
            $"AND \"RegionCode\" IS NOT DISTINCT FROM {studio}.\"RegionCode\" AND \"IndustryCode\" IS NOT DISTINCT FROM {studio}.\"IndustryCode\" " +
            $"AND \"IsSample\" = {achievement}.\"IsSample\"";

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS "CraftsmanSummaries_Follow" ON "Craftsmen";
                DROP TRIGGER IF EXISTS "AchievementSummaries_Follow" ON "InnovationAchievements";
                DROP TRIGGER IF EXISTS "AchievementSummaries_StudioMoved" ON "InnovationStudios";
                DROP TRIGGER IF EXISTS "AchievementSummaries_StudioDelete" ON "InnovationStudios";
                DROP FUNCTION IF EXISTS "CraftsmanSummaries_Follow"();
                DROP FUNCTION IF EXISTS "AchievementSummaries_Follow"();
                DROP FUNCTION IF EXISTS "AchievementSummaries_FollowStudio"();
                """);
            migrationBuilder.DropTable(
                name: "AchievementSummaries");

            migrationBuilder.DropTable(
                name: "CraftsmanSummaries");

            migrationBuilder.DropIndex(
                name: "IX_CompetitionEntries_EnterpriseId_CompetitionId_Workers",
                table: "CompetitionEntries");

            migrationBuilder.DropColumn(
                name: "WasRemoved",
                table: "ImportBatchChanges");

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionEntries_EnterpriseId",
                table: "CompetitionEntries",
                column: "EnterpriseId");
        }
    }
}
