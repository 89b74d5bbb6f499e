using System.Globalization;
using Dashboard.Data.Audit;

namespace Dashboard.Web.Utils;

/// <summary>
/// The audit log's filter as its URL states it (<see cref="DashboardUrls.Audit"/>), read alike by its page and its export.
/// </summary>
/// <param name="From">The first day asked for (Beijing time), when a valid one was.</param>
/// <param name="To">The last day asked for, included.</param>
/// <param name="Dropped">Values naming no action or no date, with their parameter: the page drops them, the export refuses them.</param>
public sealed record AuditQuery(AuditFilter Filter, DateOnly? From, DateOnly? To, IReadOnlyList<(string Parameter, string Value)> Dropped)
{
    public const string Actor = "actor";
    public const string Action = "action";
    public const string FromDate = "from";
    public const string ToDate = "to";

    public static AuditQuery Read(string? actor, string? action, string? from, string? to)
    {
        var dropped = new List<(string, string)>();
        DateOnly? Date(string parameter, string? text)
        {
            var date = ParseDate(text);
            if (date is null && !string.IsNullOrEmpty(text))
            {
                dropped.Add((parameter, text));
            }
            return date;
        }
        var fromDate = Date(FromDate, from);
        var toDate = Date(ToDate, to);
        if (action is { Length: > 0 } && !AuditActions.All.Contains(action))
        {
            dropped.Add((Action, action));
            action = null;
        }
        var filter = new AuditFilter(
            string.IsNullOrWhiteSpace(actor) ? null : actor.Trim(),
            string.IsNullOrEmpty(action) ? null : action,
            fromDate is { } first ? BeijingTime.StartOfDayUtc(first) : null,
            toDate is { } last ? BeijingTime.StartOfDayUtc(last.AddDays(1)) : null);
        return new AuditQuery(filter, fromDate, toDate, dropped);
    }

    /// <summary>The filter of <paramref name="uri"/>'s query, the first value of each parameter as the page takes it.</summary>
    public static AuditQuery Parse(string uri)
    {
        var pairs = QueryString.Pairs(uri).ToLookup(p => p.Name, p => p.Value);
        return Read(pairs[Actor].FirstOrDefault(), pairs[Action].FirstOrDefault(), pairs[FromDate].FirstOrDefault(), pairs[ToDate].FirstOrDefault());
    }

    /// <summary>A date as the date fields write it (2025-05-01), or null.</summary>
    public static DateOnly? ParseDate(string? text)
        => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static IEnumerable<(string Name, string Value)> Pairs(string? actor, string? action, DateOnly? from, DateOnly? to)
    {
        if (!string.IsNullOrWhiteSpace(actor))
        {
            yield return (Actor, actor.Trim());
        }
        if (!string.IsNullOrEmpty(action))
        {
            yield return (Action, action);
        }
        if (from is { } fromDate)
        {
            yield return (FromDate, fromDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (to is { } toDate)
        {
            yield return (ToDate, toDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
