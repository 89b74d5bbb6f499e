using Dashboard.Data.Queries;

namespace Dashboard.Web.Model;

/// <summary>The competitions list's participant columns, named for what they count: the grid's headers and the export's.</summary>
public static class CompetitionHeaders
{
    /// <summary>The resource naming the enterprises column.</summary>
    public static string Enterprises(DashboardFilter filter)
        => EntriesNarrowed(filter) ? nameof(Resources.Lists.ColEnterprisesInScope) : nameof(Resources.Lists.ColEnterprises);

    /// <summary>The resource naming the workers column.</summary>
    public static string Workers(DashboardFilter filter)
        => EntriesNarrowed(filter) ? nameof(Resources.Lists.ColWorkersInScope) : nameof(Resources.Lists.ColWorkers);

    // Under a 市州, industry, size or sample choice the columns count only that part of each competition's entries.
    private static bool EntriesNarrowed(DashboardFilter filter)
        => filter.Regions.Count > 0 || filter.Industries.Count > 0 || filter.AboveScale is not null || !filter.IncludeSample;
}
