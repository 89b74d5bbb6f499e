namespace Dashboard.Benchmarks;

/// <summary>
/// The fewest, simplest statements a person would write by hand for each scene's numbers, on the same schema (the
/// summary tables included): the floor the app's queries are measured against. Written once for both providers:
/// quoted names and aggregate FILTER clauses read the same on SQLite (3.30 on) and PostgreSQL, where a boolean
/// multiplied as a number would be SQLite's alone; on SQLite they run as fast as that form.
/// </summary>
internal static class FloorSql
{
    private const string TierHeadcounts = """
        SELECT "TierCode", sum("Craftsmen"), sum("Craftsmen") FILTER (WHERE "IsSample") FROM "CraftsmanSummaries" GROUP BY "TierCode";
        """;

    private const string AboveScaleParticipation = """
        SELECT count(*) FROM "Enterprises" WHERE "IsAboveScale";
        SELECT "Year", count(DISTINCT CASE WHEN "IsAboveScale" THEN "EnterpriseId" END), sum("Entries") FILTER (WHERE "IsAboveScale" AND "IsSample")
        FROM "ParticipationSummaries" WHERE "Year" IS NOT NULL GROUP BY "Year";
        """;

    private const string ProvincialSavingsByYear = """
        SELECT "Year", sum("SavingsYuan"), sum("Achievements"), sum("Achievements") FILTER (WHERE "IsSample") FROM "AchievementSummaries"
        WHERE "StudioLevel" = 'Provincial' GROUP BY "Year";
        """;

    private const string ProvincialStudios = """
        SELECT count(*), count(*) FILTER (WHERE "IsCraftsmanLed"), count(*) FILTER (WHERE "IsSample") FROM "InnovationStudios" WHERE "Level" = 'Provincial';
        """;

    public const string Overview = TierHeadcounts + """
        SELECT "Year", count(*), count(*) FILTER (WHERE "IsSample") FROM "Competitions" WHERE "Level" = 'ProvincialDemonstration' AND "Year" IS NOT NULL
        GROUP BY "Year" ORDER BY "Year" DESC LIMIT 2;
        """ + AboveScaleParticipation + ProvincialSavingsByYear + ProvincialStudios;

    public const string Tiers = TierHeadcounts + """
        SELECT "RegionCode", "IndustryCode", "TierCode", sum("Craftsmen"), sum("Craftsmen") FILTER (WHERE "IsSample") FROM "CraftsmanSummaries"
        GROUP BY "RegionCode", "IndustryCode", "TierCode";
        SELECT "Batch", "YearNamed", sum("Craftsmen"), sum("Craftsmen") FILTER (WHERE "IsSample") FROM "CraftsmanSummaries"
        WHERE "TierCode" = 'provincial' AND "Batch" IS NOT NULL AND "YearNamed" IS NOT NULL GROUP BY "Batch", "YearNamed";
        SELECT "TitleZh", "TitleEn", "Year", count(*), count(*) FILTER (WHERE "IsSample") FROM "Honours" GROUP BY "TitleZh", "TitleEn", "Year";
        SELECT "TierCode", "YearNamed", sum("Craftsmen"), sum("Craftsmen") FILTER (WHERE "IsSample") FROM "CraftsmanSummaries"
        WHERE "YearNamed" BETWEEN 2021 AND 2025 GROUP BY "TierCode", "YearNamed";
        SELECT "RegionCode", sum("Craftsmen"), sum("Craftsmen") FILTER (WHERE "IsSample") FROM "CraftsmanSummaries"
        WHERE "RegionCode" IS NOT NULL AND "YearNamed" BETWEEN 2021 AND 2025 GROUP BY "RegionCode";
        """;

    public const string Competitions = """
        SELECT "Year", "Level", count(*), count(*) FILTER (WHERE "IsSample") FROM "Competitions" WHERE "Year" IS NOT NULL GROUP BY "Year", "Level";
        """ + AboveScaleParticipation + """
        SELECT "RegionCode", "IndustryCode", count(DISTINCT "EnterpriseId"), sum("Workers"), sum("Entries") FILTER (WHERE "IsSample")
        FROM "ParticipationSummaries" GROUP BY "RegionCode", "IndustryCode";
        """;

    public const string Innovation = """
        SELECT "Year", "Category", sum("Achievements"), sum("Achievements") FILTER (WHERE "IsSample") FROM "AchievementSummaries"
        WHERE "StudioLevel" = 'Provincial' GROUP BY "Year", "Category";
        SELECT count(*), count(*) FILTER (WHERE "IsSample") FROM "InnovationStudios" WHERE "Level" = 'BelowProvincial';
        SELECT "Year", sum("Count") FILTER (WHERE "Category" = 'RationalisationProposal'), sum("Count") FILTER (WHERE "Category" = 'TechnicalInnovation'),
               count(*) FILTER (WHERE "IsSample")
        FROM "StaffInnovationTallies" GROUP BY "Year";
        SELECT "IndustryCode", sum("SavingsYuan"), sum("Achievements"), sum("Achievements") FILTER (WHERE "IsSample") FROM "AchievementSummaries"
        WHERE "StudioLevel" = 'Provincial' AND "IndustryCode" IS NOT NULL GROUP BY "IndustryCode";
        """ + ProvincialSavingsByYear + ProvincialStudios;

    /// <summary>
    /// One page of 工匠名单 in its default order (highest tier first, then the most recently named), <paramref name="offset"/>
    /// rows in: the page's ids, read from the nearer end of the order, then their rows.
    /// </summary>
    public static string CraftsmenPage(int offset, int total)
    {
        var fromEnd = offset > total / 2;
        var (ascending, descending) = fromEnd ? ("DESC", "") : ("", "DESC");
        return $"""
            SELECT count(*) FROM "Craftsmen";
            SELECT c."Id", c."Name", c."TierCode", t."NameZh", t."NameEn", c."TierRank", c."RegionCode", r."ShortNameZh", r."NameEn", i."NameZh", i."NameEn",
                   c."EmployerName", c."YearNamed", c."Batch", c."IsSample"
            FROM (SELECT c."Id" FROM "Craftsmen" c
                  ORDER BY c."TierRank" {ascending}, c."TierCode" {ascending}, c."YearNamed" {descending}, c."Name" {ascending}, c."Id" {ascending}
                  LIMIT 25 OFFSET {(fromEnd ? Math.Max(0, total - offset - 25) : offset)}) AS page
            JOIN "Craftsmen" c ON c."Id" = page."Id" JOIN "CraftsmanTiers" t ON t."Code" = c."TierCode"
            LEFT JOIN "Regions" r ON r."Code" = c."RegionCode" LEFT JOIN "Industries" i ON i."Code" = c."IndustryCode";
            """;
    }
}
