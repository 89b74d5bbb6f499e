using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <summary>
    /// SQLite adds a foreign key by copying the table into a new one and dropping the old, and the old table's triggers
    /// go with it: <see cref="CraftsmanTierRank"/> did so to craftsmen, whose triggers keep the summary cells. They are
    /// made again here, in a migration of their own, since EF runs a table's copy after every other step of its migration.
    /// </summary>
    public partial class CraftsmanSummaryTriggersAfterRebuild : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var sql in CraftsmanSummaries.Triggers)
            {
                migrationBuilder.Sql(sql);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var trigger in new[] { "Insert", "Delete", "Update" })
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS CraftsmanSummaries_{trigger};");
            }
        }
    }
}
