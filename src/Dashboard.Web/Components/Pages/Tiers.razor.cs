using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Controls.Chart;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Pages;

public sealed partial class Tiers
{
    // 5 and 9 vanish beside 4969 on a linear axis, so the ladder opens on a log scale unless the URL says linear.
    private ChartScale _pyramidScale = ChartScale.Logarithmic;

    [Inject]
    public required TierQueries Queries { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Tiers> Loc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    // Built once: a new dictionary on every render would read to the chart grid as a changed parameter.
    private IReadOnlyDictionary<string, RenderFragment>? _toolbars;

    private IReadOnlyDictionary<string, RenderFragment> Toolbars => _toolbars ??= new Dictionary<string, RenderFragment> { [TierCharts.PyramidKey] = LogScaleSwitch };

    protected override void OnInitialized()
    {
        base.OnInitialized();
        _pyramidScale = ChartViewQuery.Keys(Navigation.Uri, ChartViewQuery.Linear).Contains(TierCharts.PyramidKey) ? ChartScale.Linear : ChartScale.Logarithmic;
    }

    protected override Task<TierDashboard> QueryAsync(DashboardFilter filter) => Queries.GetDashboardAsync(filter);

    protected override IReadOnlyList<DashboardChart> MapCharts(TierDashboard data, PublishedFigures published) => Mapper(data, published).All(_pyramidScale);

    /// <summary>Only the pyramid changes; the other charts keep their specs and are not redrawn.</summary>
    private void SetLogScale(bool logarithmic)
    {
        _pyramidScale = logarithmic ? ChartScale.Logarithmic : ChartScale.Linear;
        Navigation.NavigateTo(ChartViewQuery.Toggle(Navigation.Uri, ChartViewQuery.Linear, TierCharts.PyramidKey, !logarithmic), replace: true);
        var pyramid = Mapper(Data!, Published!).Pyramid(_pyramidScale);
        Charts = Charts!.Select(chart => chart.Key == pyramid.Key ? pyramid : chart).ToList();
    }

    private TierCharts Mapper(TierDashboard data, PublishedFigures published) => new(data, published, Filter, Loc, CultureInfo.CurrentCulture);
}
