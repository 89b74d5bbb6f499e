using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>A drill-down list or detail page: it holds the records one chart point counted, named by the filter in its URL.</summary>
public abstract class DrillPage : UrlFilterPage
{
    [Inject]
    public required IStringLocalizer<Resources.Lists> Loc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Competitions> CompetitionLoc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    /// <summary>The filter with the drill criteria of the chart point that opened the page.</summary>
    protected DashboardFilter Filter => UrlFilter;

    protected FilterText FilterText => new(Filter, Vocabulary!, Loc, CompetitionLoc);

    /// <summary>A list over <paramref name="fetch"/> whose page, order and column filters live in the URL (<see cref="ListQuery"/>).</summary>
    protected ServerList<TRow> CreateList<TRow>(Func<ListRequest, CancellationToken, Task<PagedResult<TRow>>> fetch)
        => ServerLists.InUrl(Navigation, fetch, StateHasChanged);

    protected static BreadcrumbItem Crumb(string text, string? href = null) => new(text, href, disabled: href is null);

    protected static string Number(long value) => ChineseNumberFormat.FormatNumber(value, MeasureUnit.None, CultureInfo.CurrentCulture);

    protected static string Yuan(long value) => ChineseNumberFormat.FormatNumber(value, MeasureUnit.Yuan, CultureInfo.CurrentCulture);

    /// <summary>"共 N 条" once the list has counted its records; nothing before that, rather than a 0 it does not hold.</summary>
    protected string RowCount<TRow>(ServerList<TRow> rows) => rows.Loaded ? CountText(rows.Total) : "";

    /// <summary>A list's holding in words: the filter and drill criteria, the kind of record, the count and any totals.</summary>
    protected string Statement<TRow>(string kind, ServerList<TRow> rows, params string?[] totals)
        => string.Join(" · ", FilterText.All.Append(kind).Concat(rows.Loaded ? totals.Prepend(CountText(rows.Total)) : []).OfType<string>());

    private string CountText(long total) => Loc[nameof(Resources.Lists.RowCount), Number(total)];

    /// <summary>A field of a record, or 未载明 where the source does not state it: never a blank or a 0.</summary>
    protected string Stated(string? value) => string.IsNullOrEmpty(value) ? Loc[nameof(Resources.Lists.NotStated)] : value;

    protected string Stated(int? value) => Stated(value?.ToString(CultureInfo.InvariantCulture));

    protected string YesNo(bool value) => Loc[value ? nameof(Resources.Lists.Yes) : nameof(Resources.Lists.No)];
}
