namespace Dashboard.Data.Queries;

/// <summary>One rounding for every share the dashboards show.</summary>
public static class Percentages
{
    /// <summary>Part of whole in per cent to one decimal, halves rounded away from zero; 0 when whole is 0.</summary>
    public static decimal Of(decimal part, decimal whole)
        => whole == 0 ? 0m : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);
}
