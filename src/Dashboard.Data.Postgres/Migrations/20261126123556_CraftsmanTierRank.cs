using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Postgres.Migrations
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
                name: "IX_Craftsmen_TierCode_YearNamed_Name_Id_RegionCode_IndustryCod~",
                table: "Craftsmen");

            migrationBuilder.AddColumn<int>(
                name: "TierRank",
                table: "Craftsmen",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Each craftsman takes its tier's rank before the key on both is checked.
            migrationBuilder.Sql("""
                UPDATE "Craftsmen" SET "TierRank" = (SELECT t."Rank" FROM "CraftsmanTiers" t WHERE t."Code" = "Craftsmen"."TierCode");
                """);

            // A batch that changed a craftsman's tier recorded the code it had; undo now writes back its rank too.
            migrationBuilder.Sql("""
                UPDATE "ImportBatchChanges" c
                SET "Before" = jsonb_set(c."Before"::jsonb, '{TierRank}', to_jsonb(t."Rank"))::text
                FROM "CraftsmanTiers" t
                WHERE c."Entity" = 'Craftsman' AND t."Code" = c."Before"::jsonb ->> 'TierCode';
                """);

            migrationBuilder.AddUniqueConstraint(
                name: "AK_CraftsmanTiers_Rank_Code",
                table: "CraftsmanTiers",
                columns: new[] { "Rank", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_TierRank_TierCode_YearNamed_Name_Id_RegionCode_In~",
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
                name: "IX_Craftsmen_TierRank_TierCode_YearNamed_Name_Id_RegionCode_In~",
                table: "Craftsmen");

            migrationBuilder.DropUniqueConstraint(
                name: "AK_CraftsmanTiers_Rank_Code",
                table: "CraftsmanTiers");

            migrationBuilder.DropColumn(
                name: "TierRank",
                table: "Craftsmen");

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_TierCode_YearNamed_Name_Id_RegionCode_IndustryCod~",
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
