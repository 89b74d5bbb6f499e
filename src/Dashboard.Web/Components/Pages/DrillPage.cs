using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// A drill-down list or detail page: the filter comes from the URL only, read again on every navigation;
/// values it does not know are listed, never thrown.
/// </summary>
public abstract class DrillPage : ComponentBase
{
    private readonly UrlFilterState _url = new();

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required ReferenceQueries References { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Lists> Loc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Competitions> CompetitionLoc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    protected FilterVocabulary? Vocabulary { get; private set; }

    protected DashboardFilter Filter => _url.Filter;

    protected IReadOnlyList<string> Dropped => _url.Dropped;

    protected FilterText FilterText => new(Filter, Vocabulary!, Loc, CompetitionLoc);

    protected override async Task OnParametersSetAsync()
    {
        Vocabulary ??= await References.GetFilterVocabularyAsync();
        if (_url.Read(Navigation.Uri, Vocabulary))
        {
            await LoadAsync();
        }
    }

    /// <summary>Loads what the page shows for the current <see cref="Filter"/>.</summary>
    protected abstract Task LoadAsync();

    /// <summary>A record id from the route; anything but a plain positive number names no record.</summary>
    protected static int? ParseId(string? id)
        => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;

    protected static BreadcrumbItem Crumb(string text, string? href = null) => new(text, href, disabled: href is null);

    protected static string Number(long value) => ChineseNumberFormat.FormatNumber(value, MeasureUnit.None, CultureInfo.CurrentCulture);

    protected static string Yuan(long value) => ChineseNumberFormat.FormatNumber(value, MeasureUnit.Yuan, CultureInfo.CurrentCulture);

    protected string RowCount(long total) => Loc[nameof(Resources.Lists.RowCount), Number(total)];

    protected string YesNo(bool value) => Loc[value ? nameof(Resources.Lists.Yes) : nameof(Resources.Lists.No)];

    /// <summary>The exported counterpart of the 示例数据 badge, so sample rows stay marked in a spreadsheet.</summary>
    protected ExportColumn<TRow> SampleColumn<TRow>(Func<TRow, bool> isSample)
        => new(Loc[nameof(Resources.Lists.ColSample)], row => isSample(row) ? Loc[nameof(Resources.Lists.SampleMark)].Value : null);

    protected ExportColumn<TRow> Column<TRow>(string header, Func<TRow, ExportCell> cell) => new(Loc[header], cell);
}
