using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class CraftsmanTierRank : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Craftsmen_CraftsmanTiers_TierCode",
                table: "Craftsmen");

            migrationBuilder.DropIndex(
                name: "IX_Craftsmen_TierCode_YearNamed_Name_Id_RegionCode_IndustryCode_Batch_IsSample",
                table: "Craftsmen");

            migrationBuilder.AddColumn<int>(
                name: "TierRank",
                table: "Craftsmen",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Each craftsman takes its tier's rank before the key on both is checked.
            migrationBuilder.Sql("""
                UPDATE "Craftsmen" SET "TierRank" = (SELECT t."Rank" FROM "CraftsmanTiers" t WHERE t."Code" = "Craftsmen"."TierCode");
                """);

            // A batch that changed a craftsman's tier recorded the code it had; undo now writes back its rank too.
            migrationBuilder.Sql("""
                UPDATE "ImportBatchChanges"
                SET "Before" = json_set("Before", '$.TierRank', (SELECT t."Rank" FROM "CraftsmanTiers" t WHERE t."Code" = json_extract("Before", '$.TierCode')))
                WHERE "Entity" = 'Craftsman' AND json_extract("Before", '$.TierCode') IS NOT NULL;
                """);

            // A unique index, not the model's unique constraint: SQLite adds a constraint by copying the table, which EF does
            // after the craftsmen's copy, whose key needs it to be there. To SQLite a key may point at either.
            migrationBuilder.CreateIndex(
                name: "AK_CraftsmanTiers_Rank_Code",
                table: "CraftsmanTiers",
                columns: new[] { "Rank", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_TierRank_TierCode_YearNamed_Name_Id_RegionCode_IndustryCode_Batch_IsSample",
                table: "Craftsmen",
                columns: new[] { "TierRank", "TierCode", "YearNamed", "Name", "Id", "RegionCode", "IndustryCode", "Batch", "IsSample" },
                descending: new[] { false, false, true, false, false, false, false, false, false });

            migrationBuilder.AddForeignKey(
                name: "FK_Craftsmen_CraftsmanTiers_TierRank_TierCode",
                table: "Craftsmen",
                columns: new[] { "TierRank", "TierCode" },
                principalTable: "CraftsmanTiers",
                principalColumns: new[] { "Rank", "Code" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Craftsmen_CraftsmanTiers_TierRank_TierCode",
                table: "Craftsmen");

            migrationBuilder.DropIndex(
                name: "IX_Craftsmen_TierRank_TierCode_YearNamed_Name_Id_RegionCode_IndustryCode_Batch_IsSample",
                table: "Craftsmen");

            migrationBuilder.DropIndex(
                name: "AK_CraftsmanTiers_Rank_Code",
                table: "CraftsmanTiers");

            migrationBuilder.DropColumn(
                name: "TierRank",
                table: "Craftsmen");

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_TierCode_YearNamed_Name_Id_RegionCode_IndustryCode_Batch_IsSample",
                table: "Craftsmen",
                columns: new[] { "TierCode", "YearNamed", "Name", "Id", "RegionCode", "IndustryCode", "Batch", "IsSample" },
                descending: new[] { false, true, false, false, false, false, false, false });

            migrationBuilder.AddForeignKey(
                name: "FK_Craftsmen_CraftsmanTiers_TierCode",
                table: "Craftsmen",
                column: "TierCode",
                principalTable: "CraftsmanTiers",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
