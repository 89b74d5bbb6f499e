using Bunit.TestDoubles;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Pages;

public sealed class DataSourcesTests : PageTestContext
{
    [Fact]
    public void Render_SeededFigures_EveryIndicatorInSourceOrderWithQualifierAndLocator()
    {
        var cut = Render<DataSources>();
        cut.WaitForElement("[data-testid='published-figures'] tbody tr");

        var rows = cut.FindAll("[data-testid='published-figures'] tbody tr");
        var codes = rows.Select(r => r.QuerySelector(".figure-code")!.TextContent.Trim()).ToList();
        var savings = rows.Single(r => r.QuerySelector(".figure-code")!.TextContent.Trim() == "I5");

        Assert.Equal(48, rows.Count);
        Assert.Equal(["T1", "T2", "T3"], codes.Take(3));
        Assert.Equal("T10", codes[9]);
        Assert.Equal("C1", codes[22]);
        Assert.Equal("I19", codes[^1]);
        Assert.Equal("超200亿元/年", savings.QuerySelector(".figure-value")!.TextContent.Trim());
        Assert.Contains("节创经济效益超 200亿元", savings.TextContent);
        Assert.Contains("超过", savings.TextContent);
        Assert.Contains("用创造拥抱新时代 以奋斗铸就新辉煌", cut.Find("[data-testid='source-title']").TextContent);
    }

    [Fact]
    public void Render_StudioCounts_BothPublishedCountsShownWithTheirNote()
    {
        var cut = Render<DataSources>();
        cut.WaitForElement("[data-testid='published-figures'] tbody tr");

        Assert.Contains("I1 为 464 家，I9 为 461 个", cut.Markup);
        Assert.Contains("464家", cut.Find("#I1").ParentElement!.ParentElement!.TextContent);
        Assert.Contains("461个", cut.Find("#I9").ParentElement!.ParentElement!.TextContent);
    }

    [Fact]
    public void Render_LinkToAFigure_MarksItsRowAndScrollsToIt()
    {
        Services.GetRequiredService<BunitNavigationManager>().NavigateTo("/sources#I5");

        var cut = Render<DataSources>();
        cut.WaitForElement("[data-testid='published-figures'] tbody tr");

        var marked = Assert.Single(cut.FindAll("tr.figure-target"));
        Assert.NotNull(marked.QuerySelector("#I5"));
        var scroll = Assert.Single(JSInterop.Invocations, i => i.Identifier == "mudScrollManager.scrollIntoView");
        Assert.Equal("#I5", scroll.Arguments[0]);
    }
}
