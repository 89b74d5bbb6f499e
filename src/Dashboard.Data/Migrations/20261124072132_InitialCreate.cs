using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dashboard.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CraftsmanTiers",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CraftsmanTiers", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Industries",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    IsAdvantageIndustry = table.Column<bool>(type: "INTEGER", nullable: false),
                    GbSection = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    GbDivisions = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NoteZh = table.Column<string>(type: "TEXT", nullable: true),
                    NoteEn = table.Column<string>(type: "TEXT", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Industries", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Regions",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ShortNameZh = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regions", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TitleZh = table.Column<string>(type: "TEXT", nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", nullable: false),
                    AuthorZh = table.Column<string>(type: "TEXT", nullable: true),
                    OutletZh = table.Column<string>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    NoteZh = table.Column<string>(type: "TEXT", nullable: true),
                    NoteEn = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Competitions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ThemeZh = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    IndustryCode = table.Column<string>(type: "TEXT", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Competitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Competitions_Industries_IndustryCode",
                        column: x => x.IndustryCode,
                        principalTable: "Industries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Competitions_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Enterprises",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    IndustryCode = table.Column<string>(type: "TEXT", nullable: false),
                    IsAboveScale = table.Column<bool>(type: "INTEGER", nullable: false),
                    KeyEnterpriseYear = table.Column<int>(type: "INTEGER", nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enterprises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enterprises_Industries_IndustryCode",
                        column: x => x.IndustryCode,
                        principalTable: "Industries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enterprises_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StaffInnovationTallies",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffInnovationTallies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffInnovationTallies_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PublishedIndicators",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LabelZh = table.Column<string>(type: "TEXT", nullable: false),
                    LabelEn = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", nullable: false),
                    SecondValue = table.Column<decimal>(type: "TEXT", nullable: true),
                    Qualifier = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    UnitEn = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodZh = table.Column<string>(type: "TEXT", nullable: true),
                    PeriodEn = table.Column<string>(type: "TEXT", nullable: true),
                    AsOf = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    SourceCode = table.Column<string>(type: "TEXT", nullable: false),
                    Locator = table.Column<string>(type: "TEXT", nullable: false),
                    NoteZh = table.Column<string>(type: "TEXT", nullable: true),
                    NoteEn = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedIndicators", x => x.Code);
                    table.ForeignKey(
                        name: "FK_PublishedIndicators_Sources_SourceCode",
                        column: x => x.SourceCode,
                        principalTable: "Sources",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CompetitionEntries",
                columns: table => new
                {
                    CompetitionId = table.Column<int>(type: "INTEGER", nullable: false),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Workers = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetitionEntries", x => new { x.CompetitionId, x.EnterpriseId });
                    table.ForeignKey(
                        name: "FK_CompetitionEntries_Competitions_CompetitionId",
                        column: x => x.CompetitionId,
                        principalTable: "Competitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompetitionEntries_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Craftsmen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TierCode = table.Column<string>(type: "TEXT", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: true),
                    IndustryCode = table.Column<string>(type: "TEXT", nullable: true),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    YearNamed = table.Column<int>(type: "INTEGER", nullable: true),
                    Batch = table.Column<int>(type: "INTEGER", nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Craftsmen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Craftsmen_CraftsmanTiers_TierCode",
                        column: x => x.TierCode,
                        principalTable: "CraftsmanTiers",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Craftsmen_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Craftsmen_Industries_IndustryCode",
                        column: x => x.IndustryCode,
                        principalTable: "Industries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Craftsmen_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanTargets",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", nullable: false),
                    Qualifier = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    UnitEn = table.Column<string>(type: "TEXT", nullable: true),
                    StartYear = table.Column<int>(type: "INTEGER", nullable: true),
                    EndYear = table.Column<int>(type: "INTEGER", nullable: true),
                    PerYear = table.Column<bool>(type: "INTEGER", nullable: false),
                    TierCode = table.Column<string>(type: "TEXT", nullable: true),
                    IndicatorCode = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanTargets", x => x.Code);
                    table.ForeignKey(
                        name: "FK_PlanTargets_CraftsmanTiers_TierCode",
                        column: x => x.TierCode,
                        principalTable: "CraftsmanTiers",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PlanTargets_PublishedIndicators_IndicatorCode",
                        column: x => x.IndicatorCode,
                        principalTable: "PublishedIndicators",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Honours",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CraftsmanId = table.Column<int>(type: "INTEGER", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Honours", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Honours_Craftsmen_CraftsmanId",
                        column: x => x.CraftsmanId,
                        principalTable: "Craftsmen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Honours_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InnovationStudios",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    IsCraftsmanLed = table.Column<bool>(type: "INTEGER", nullable: false),
                    LeadCraftsmanId = table.Column<int>(type: "INTEGER", nullable: true),
                    RegionCode = table.Column<string>(type: "TEXT", nullable: true),
                    IndustryCode = table.Column<string>(type: "TEXT", nullable: true),
                    FoundedYear = table.Column<int>(type: "INTEGER", nullable: true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: true),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InnovationStudios", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InnovationStudios_Craftsmen_LeadCraftsmanId",
                        column: x => x.LeadCraftsmanId,
                        principalTable: "Craftsmen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_InnovationStudios_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_InnovationStudios_Industries_IndustryCode",
                        column: x => x.IndustryCode,
                        principalTable: "Industries",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InnovationStudios_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InnovationAchievements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StudioId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SavingsYuan = table.Column<long>(type: "INTEGER", nullable: false),
                    IsSample = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InnovationAchievements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InnovationAchievements_InnovationStudios_StudioId",
                        column: x => x.StudioId,
                        principalTable: "InnovationStudios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CompetitionEntries_EnterpriseId",
                table: "CompetitionEntries",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Competitions_IndustryCode",
                table: "Competitions",
                column: "IndustryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Competitions_RegionCode",
                table: "Competitions",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Competitions_Year_Level",
                table: "Competitions",
                columns: new[] { "Year", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_CraftsmanTiers_Rank",
                table: "CraftsmanTiers",
                column: "Rank",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_EnterpriseId",
                table: "Craftsmen",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_IndustryCode",
                table: "Craftsmen",
                column: "IndustryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_RegionCode",
                table: "Craftsmen",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_TierCode_RegionCode",
                table: "Craftsmen",
                columns: new[] { "TierCode", "RegionCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Craftsmen_YearNamed",
                table: "Craftsmen",
                column: "YearNamed");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_IndustryCode",
                table: "Enterprises",
                column: "IndustryCode");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_IsAboveScale",
                table: "Enterprises",
                column: "IsAboveScale");

            migrationBuilder.CreateIndex(
                name: "IX_Enterprises_RegionCode",
                table: "Enterprises",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_Honours_CraftsmanId",
                table: "Honours",
                column: "CraftsmanId");

            migrationBuilder.CreateIndex(
                name: "IX_Honours_RegionCode",
                table: "Honours",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_InnovationAchievements_StudioId",
                table: "InnovationAchievements",
                column: "StudioId");

            migrationBuilder.CreateIndex(
                name: "IX_InnovationAchievements_Year_Category",
                table: "InnovationAchievements",
                columns: new[] { "Year", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_InnovationStudios_EnterpriseId",
                table: "InnovationStudios",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_InnovationStudios_IndustryCode",
                table: "InnovationStudios",
                column: "IndustryCode");

            migrationBuilder.CreateIndex(
                name: "IX_InnovationStudios_LeadCraftsmanId",
                table: "InnovationStudios",
                column: "LeadCraftsmanId");

            migrationBuilder.CreateIndex(
                name: "IX_InnovationStudios_Level",
                table: "InnovationStudios",
                column: "Level");

            migrationBuilder.CreateIndex(
                name: "IX_InnovationStudios_RegionCode",
                table: "InnovationStudios",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTargets_IndicatorCode",
                table: "PlanTargets",
                column: "IndicatorCode");

            migrationBuilder.CreateIndex(
                name: "IX_PlanTargets_TierCode",
                table: "PlanTargets",
                column: "TierCode");

            migrationBuilder.CreateIndex(
                name: "IX_PublishedIndicators_Area",
                table: "PublishedIndicators",
                column: "Area");

            migrationBuilder.CreateIndex(
                name: "IX_PublishedIndicators_SourceCode",
                table: "PublishedIndicators",
                column: "SourceCode");

            migrationBuilder.CreateIndex(
                name: "IX_StaffInnovationTallies_RegionCode",
                table: "StaffInnovationTallies",
                column: "RegionCode");

            migrationBuilder.CreateIndex(
                name: "IX_StaffInnovationTallies_Year_RegionCode_Category",
                table: "StaffInnovationTallies",
                columns: new[] { "Year", "RegionCode", "Category" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CompetitionEntries");

            migrationBuilder.DropTable(
                name: "Honours");

            migrationBuilder.DropTable(
                name: "InnovationAchievements");

            migrationBuilder.DropTable(
                name: "PlanTargets");

            migrationBuilder.DropTable(
                name: "StaffInnovationTallies");

            migrationBuilder.DropTable(
                name: "Competitions");

            migrationBuilder.DropTable(
                name: "InnovationStudios");

            migrationBuilder.DropTable(
                name: "PublishedIndicators");

            migrationBuilder.DropTable(
                name: "Craftsmen");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "CraftsmanTiers");

            migrationBuilder.DropTable(
                name: "Enterprises");

            migrationBuilder.DropTable(
                name: "Industries");

            migrationBuilder.DropTable(
                name: "Regions");
        }
    }
}
