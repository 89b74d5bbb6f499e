namespace Dashboard.Data.Queries;

/// <summary>A value per year, with how many of the records behind it are sample.</summary>
public sealed record YearValue(int Year, long Value, int SampleRecords);
