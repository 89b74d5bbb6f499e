using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Controls;

/// <summary>The published figures as a table, sorted by one column at a time when its header is pressed.</summary>
public sealed partial class PublishedFigureTable
{
    // Per list of figures (read once per app): its rows' markup by language, area column and order.
    private static readonly ConditionalWeakTable<IReadOnlyList<PublishedFigure>, ConcurrentDictionary<(string Culture, bool ShowArea, SortColumn? Column, bool Descending), MarkupString>> s_rows = [];

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

    /// <summary>
    /// The rows as one piece of markup, shared by every reader of the same list in the same language and order: written
    /// as elements they were about 900 render-tree frames (41 KB) kept for every open dashboard. A row marked for one
    /// reader's link is made for that reader only.
    /// </summary>
    private MarkupString Rows()
        => Highlighted is not null
            ? RowsMarkup()
            : s_rows.GetOrCreateValue(Figures).GetOrAdd((CultureInfo.CurrentUICulture.Name, ShowArea, _sortColumn, _descending), _ => RowsMarkup());

    private MarkupString RowsMarkup()
    {
        var html = new StringBuilder();
        foreach (var figure in SortedFigures())
        {
            html.Append(figure.Code == Highlighted ? """<tr class="mud-table-row figure-target">""" : """<tr class="mud-table-row">""");
            var code = WebUtility.HtmlEncode(figure.Code);
            html.Append(CultureInfo.InvariantCulture, $"""<td class="mud-table-cell"><span id="{code}" class="figure-code">{code}</span></td>""");
            if (ShowArea)
            {
                Cell(html, Loc[$"Area{figure.Area}"]);
            }
            Cell(html, DashboardCultures.Pick(figure.LabelZh, figure.LabelEn), wraps: true);
            html.Append(CultureInfo.InvariantCulture, $"""<td class="mud-table-cell"><span class="figure-value">{WebUtility.HtmlEncode(ChineseNumberFormat.Format(figure, CultureInfo.CurrentCulture))}</span></td>""");
            Cell(html, Loc[$"Qualifier{figure.Qualifier}"]);
            Cell(html, DashboardCultures.PickOptional(figure.Unit, figure.UnitEn));
            Cell(html, DashboardCultures.PickOptional(figure.PeriodZh, figure.PeriodEn));
            Cell(html, figure.Locator, wraps: true);
            Cell(html, DashboardCultures.PickOptional(figure.NoteZh, figure.NoteEn), wraps: true);
            html.Append("</tr>");
        }
        return new(html.ToString());
    }

    private static void Cell(StringBuilder html, string? text, bool wraps = false)
        => html.Append(wraps ? """<td class="mud-table-cell wrap-column">""" : """<td class="mud-table-cell">""").Append(WebUtility.HtmlEncode(text)).Append("</td>");

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
