using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class CraftsmanSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CraftsmanSummaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TierCode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    YearNamed = table.Column<int>(type: "INTEGER", nullable: true),
                    Batch = table.Column<int>(type: "INTEGER", nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false),
                    Craftsmen = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CraftsmanSummaries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CraftsmanSummaries_TierCode_RegionCode_IndustryCode_YearNamed_Batch_IsSample",
                table: "CraftsmanSummaries",
                columns: new[] { "TierCode", "RegionCode", "IndustryCode", "YearNamed", "Batch", "IsSample" });

            foreach (var sql in Triggers)
            {
                migrationBuilder.Sql(sql);
            }
            migrationBuilder.Sql("""
                INSERT INTO CraftsmanSummaries (TierCode, RegionCode, IndustryCode, YearNamed, Batch, IsSample, Craftsmen)
                SELECT TierCode, RegionCode, IndustryCode, YearNamed, Batch, IsSample, count(*) FROM Craftsmen
                GROUP BY TierCode, RegionCode, IndustryCode, YearNamed, Batch, IsSample;
                """);
        }

        // A craftsman's cell: IS compares the values that may be null as equal when both are.
        private static string CellOf(string craftsman) =>
            $"TierCode = {craftsman}.TierCode AND RegionCode IS {craftsman}.RegionCode AND IndustryCode IS {craftsman}.IndustryCode " +
            $"AND YearNamed IS {craftsman}.YearNamed AND Batch IS {craftsman}.Batch AND IsSample = {craftsman}.IsSample";

        private static string Add(string craftsman) => $"""
            INSERT INTO CraftsmanSummaries (TierCode, RegionCode, IndustryCode, YearNamed, Batch, IsSample, Craftsmen)
            SELECT {craftsman}.TierCode, {craftsman}.RegionCode, {craftsman}.IndustryCode, {craftsman}.YearNamed, {craftsman}.Batch, {craftsman}.IsSample, 0
            WHERE NOT EXISTS (SELECT 1 FROM CraftsmanSummaries WHERE {CellOf(craftsman)});
            UPDATE CraftsmanSummaries SET Craftsmen = Craftsmen + 1 WHERE {CellOf(craftsman)};
            """;

        private static string Subtract(string craftsman) => $"""
            UPDATE CraftsmanSummaries SET Craftsmen = Craftsmen - 1 WHERE {CellOf(craftsman)};
            DELETE FROM CraftsmanSummaries WHERE Craftsmen = 0 AND {CellOf(craftsman)};
            """;

        /// <summary>Each write to craftsmen moves the cells in the same statement.</summary>
        internal static IEnumerable<string> Triggers =>
        [
            $"CREATE TRIGGER CraftsmanSummaries_Insert AFTER INSERT ON Craftsmen BEGIN {Add("NEW")} END;",
            $"CREATE TRIGGER CraftsmanSummaries_Delete AFTER DELETE ON Craftsmen BEGIN {Subtract("OLD")} END;",
            $"CREATE TRIGGER CraftsmanSummaries_Update AFTER UPDATE OF TierCode, RegionCode, IndustryCode, YearNamed, Batch, IsSample ON Craftsmen BEGIN {Subtract("OLD")} {Add("NEW")} END;",
        ];

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "Insert", "Delete", "Update" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS CraftsmanSummaries_{trigger};");
            }
            migrationBuilder.DropTable(
                name: "CraftsmanSummaries");
        }
    }
}
