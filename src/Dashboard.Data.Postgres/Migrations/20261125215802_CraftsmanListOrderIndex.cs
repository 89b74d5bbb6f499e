using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CraftsmanListOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_TierCode_YearNamed_Name_Id_RegionCode_IndustryCod~",
                table: "Craftsmen",
                columns: new[] { "TierCode", "YearNamed", "Name", "Id", "RegionCode", "IndustryCode", "Batch", "IsSample" },
                descending: new[] { false, true, false, false, false, false, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Craftsmen_TierCode_YearNamed_Name_Id_RegionCode_IndustryCod~",
                table: "Craftsmen");
        }
    }
}
