using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Controls;

/// <summary>The published figures as a table, sorted by one column at a time when its header is pressed.</summary>
public sealed partial class PublishedFigureTable
{
    private SortColumn? _sortColumn;
    private bool _descending;

    [Parameter, EditorRequired]
    public required IReadOnlyList<PublishedFigure> Figures { get; set; }

    [Parameter]
    public bool ShowArea { get; set; } = true;

    /// <summary>The code of a figure to mark, as a link to it asked.</summary>
    [Parameter]
    public string? Highlighted { get; set; }

    private enum SortColumn { Code, Area, Label, Value, Qualifier, Unit, Period, Locator }

    // As MudDataGrid does: ascending, descending, then the source's order again; another column starts ascending.
    private void Sort(SortColumn column)
    {
        if (_sortColumn != column)
        {
            (_sortColumn, _descending) = (column, false);
        }
        else if (!_descending)
        {
            _descending = true;
        }
        else
        {
            _sortColumn = null;
        }
    }

    private string? AriaSort(SortColumn column)
        => _sortColumn != column ? null : _descending ? "descending" : "ascending";

    private string SortIconClass(SortColumn column)
        => "mud-button-root mud-icon-button mud-icon-button-size-small sort-direction-icon"
            + (_sortColumn != column ? "" : _descending ? " mud-direction-desc" : " mud-direction-asc");

    // The keys MudDataGrid sorted by: each column's value, strings in the reader's culture; codes in the source's order.
    private IEnumerable<PublishedFigure> SortedFigures() => _sortColumn switch
    {
        null => Figures,
        SortColumn.Code => Order(PublishedFigure.SourceOrder, StringComparer.Ordinal),
        SortColumn.Area => Order(f => f.Area),
        SortColumn.Label => Order(f => DashboardCultures.Pick(f.LabelZh, f.LabelEn)),
        SortColumn.Value => Order(f => f.Value),
        SortColumn.Qualifier => Order(f => f.Qualifier),
        SortColumn.Unit => Order(f => DashboardCultures.PickOptional(f.Unit, f.UnitEn)),
        SortColumn.Period => Order(f => DashboardCultures.PickOptional(f.PeriodZh, f.PeriodEn)),
        SortColumn.Locator => Order(f => f.Locator),
        _ => throw new InvalidOperationException($"Unknown column {_sortColumn}."),
    };

    private IEnumerable<PublishedFigure> Order<TKey>(Func<PublishedFigure, TKey> key, IComparer<TKey>? comparer = null)
        => _descending ? Figures.OrderByDescending(key, comparer) : Figures.OrderBy(key, comparer);
}
