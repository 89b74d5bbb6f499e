using Dashboard.Web.Model;

namespace Dashboard.Web.Components.Pages;

/// <summary>A chart dashboard: a <see cref="FilteredPage{TData}"/> whose data is mapped to charts in the reader's culture.</summary>
public abstract class DashboardPage<TData> : FilteredPage<TData> where TData : class
{
    protected IReadOnlyList<DashboardChart>? Charts { get; set; }

    protected abstract IReadOnlyList<DashboardChart> MapCharts(TData data, PublishedFigures published);

    protected override void OnDataLoaded(TData data, PublishedFigures published) => Charts = MapCharts(data, published);
}
