using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// A drill-down list: the records one chart point counted, paged, sorted and filtered in the database, its view in
/// the URL, led by breadcrumbs back to its dashboard through every criterion it holds.
/// </summary>
public abstract class ListPage<TRow> : DrillPage
{
    private ServerList<TRow>? _rows;

    protected ServerList<TRow> Rows => _rows ??= CreateList<TRow>(FetchAsync);

    /// <summary>What the list holds, in a word or two: "创新成果".</summary>
    protected abstract string Kind { get; }

    /// <summary>The page's heading: the kind, unless the page says more.</summary>
    protected virtual string Title => Kind;

    /// <summary>The dashboard the list was drilled from, first in the breadcrumbs.</summary>
    protected abstract BreadcrumbItem AreaCrumb { get; }

    protected List<BreadcrumbItem> Crumbs => [AreaCrumb, .. FilterText.All.Select(criterion => Crumb(criterion)), Crumb(Kind)];

    protected abstract Task<PagedResult<TRow>> FetchAsync(ListRequest request, CancellationToken cancellationToken);

    protected override Task LoadAsync() => Rows.ReloadAsync();
}
