using System.Globalization;
using AngleSharp.Dom;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Controls;
using Dashboard.Web.Tests.Shared;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Tests.Controls;

public sealed class PublishedFigureTableTests : DashboardTestContext
{
    // Not in the source's order, and with T10 beside T2, which a plain sort by code would put first.
    private static readonly PublishedFigure[] s_figures =
    [
        Figure("C1", DashboardArea.Competitions, value: 35, label: "省级竞赛"),
        Figure("T10", DashboardArea.Tiers, value: 4969, label: "市级工匠"),
        Figure("T2", DashboardArea.Tiers, value: 9, label: "大国工匠培育对象"),
    ];

    [Fact]
    public void Render_Figures_OneComponentInTheGivenOrderWithNoColumnSorted()
    {
        var cut = RenderTable();

        Assert.Empty(cut.FindComponents<IComponent>());
        Assert.Equal(["C1", "T10", "T2"], Codes(cut));
        Assert.All(cut.FindAll("thead th"), th => Assert.False(th.HasAttribute("aria-sort")));
    }

    [Fact]
    public void ClickHeader_ThreeTimes_SortsAscendingThenDescendingThenAsGiven()
    {
        var cut = RenderTable();

        HeaderButton(cut, "数值").Click();
        Assert.Equal(["T2", "C1", "T10"], Codes(cut));
        Assert.Equal("ascending", Header(cut, "数值").GetAttribute("aria-sort"));
        Assert.Contains("mud-direction-asc", Header(cut, "数值").QuerySelector(".sort-direction-icon")!.ClassList);

        HeaderButton(cut, "数值").Click();
        Assert.Equal(["T10", "C1", "T2"], Codes(cut));
        Assert.Equal("descending", Header(cut, "数值").GetAttribute("aria-sort"));
        Assert.Contains("mud-direction-desc", Header(cut, "数值").QuerySelector(".sort-direction-icon")!.ClassList);

        HeaderButton(cut, "数值").Click();
        Assert.Equal(["C1", "T10", "T2"], Codes(cut));
        Assert.False(Header(cut, "数值").HasAttribute("aria-sort"));
    }

    [Fact]
    public void ClickCodeHeader_SortsInTheSourcesOrder()
    {
        var cut = RenderTable();

        HeaderButton(cut, "编号").Click();

        Assert.Equal(["T2", "T10", "C1"], Codes(cut));
    }

    [Fact]
    public void ClickAnotherHeader_SortsByItAloneAscending()
    {
        var cut = RenderTable();
        HeaderButton(cut, "数值").Click();
        HeaderButton(cut, "数值").Click();

        HeaderButton(cut, "指标").Click();

        Assert.Equal(s_figures.Select(f => f.LabelZh).Order(StringComparer.CurrentCulture), cut.FindAll("tbody td.wrap-column:nth-child(3)").Select(td => td.TextContent));
        Assert.Equal("ascending", Header(cut, "指标").GetAttribute("aria-sort"));
        Assert.False(Header(cut, "数值").HasAttribute("aria-sort"));
    }

    [Fact]
    public void Render_NoteColumn_IsNotSortable()
    {
        var cut = RenderTable();

        Assert.Empty(Header(cut, "说明").QuerySelectorAll("button"));
        Assert.Equal(8, cut.FindAll("thead th button").Count);
    }

    [Fact]
    public void Render_Highlighted_MarksItsRowOnly()
    {
        var cut = RenderTable(highlighted: "T10");

        var marked = Assert.Single(cut.FindAll("tr.figure-target"));
        Assert.NotNull(marked.QuerySelector("#T10"));
    }

    [Fact]
    public void Render_OneReadersHighlightAndAnotherReadersLanguage_NeitherReachesTheOtherReader()
    {
        // The rows' markup is shared by readers of the same list in the same language and order.
        RenderTable(highlighted: "T10");
        var plain = RenderTable();
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        var english = RenderTable();

        Assert.Empty(plain.FindAll("tr.figure-target"));
        Assert.Contains("9", plain.Find("tbody tr:last-child .figure-value").TextContent);
        Assert.Equal(["Competitions", "Craftsman tiers", "Craftsman tiers"], english.FindAll("tbody td:nth-child(2)").Select(td => td.TextContent));
        Assert.Equal(["竞赛", "工匠梯队", "工匠梯队"], plain.FindAll("tbody td:nth-child(2)").Select(td => td.TextContent));
    }

    [Fact]
    public void Render_TextWithMarkupCharacters_ShownAsText()
    {
        var cut = Render<PublishedFigureTable>(p => p.Add(c => c.Figures, [Figure("X1", DashboardArea.Tiers, value: 1, label: "<b>R&D</b> \"投入\"")]));

        Assert.Equal("<b>R&D</b> \"投入\"", cut.Find("tbody td.wrap-column").TextContent);
        Assert.Empty(cut.FindAll("tbody b"));
    }

    private IRenderedComponent<PublishedFigureTable> RenderTable(string? highlighted = null)
        => Render<PublishedFigureTable>(p => p.Add(c => c.Figures, s_figures).Add(c => c.Highlighted, highlighted));

    private static List<string> Codes(IRenderedComponent<PublishedFigureTable> cut)
        => [.. cut.FindAll("tbody .figure-code").Select(c => c.TextContent)];

    private static IElement Header(IRenderedComponent<PublishedFigureTable> cut, string title)
        => cut.FindAll("thead th").Single(th => th.TextContent.Trim() == title);

    private static IElement HeaderButton(IRenderedComponent<PublishedFigureTable> cut, string title)
        => Header(cut, title).QuerySelector("button")!;

    private static PublishedFigure Figure(string code, DashboardArea area, decimal value, string label)
        => new(Code: code, Area: area, LabelZh: label, LabelEn: label, Value: value, SecondValue: null, Qualifier: Qualifier.Exact,
            Unit: "人", UnitEn: "people", PeriodZh: null, PeriodEn: null, AsOf: null, Locator: label, NoteZh: null, NoteEn: null,
            SourceTitleZh: "来源", SourceTitleEn: "Source");
}
