namespace Dashboard.Data.Queries;

internal static class Percentages
{
    /// <summary>part of whole in per cent to one decimal, halves rounded away from zero; 0 when whole is 0.</summary>
    public static decimal Of(int part, int whole)
        => whole == 0 ? 0m : Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);
}
