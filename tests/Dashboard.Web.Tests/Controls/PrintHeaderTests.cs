using Dashboard.Web.Components.Controls;
using Dashboard.Web.Tests.Shared;

namespace Dashboard.Web.Tests.Controls;

public sealed class PrintHeaderTests : DashboardTestContext
{
    [Fact]
    public void Render_TitleDateAndFilters_ShowsThemOnlyForPrint()
    {
        var cut = Render<PrintHeader>(p => p.Add(c => c.Title, "工匠梯队").Add(c => c.DataAsOf, "2025年5月").Add(c => c.Filters, "2024年 · 成都"));

        Assert.Contains("print-only", cut.Find("[data-testid='print-header']").ClassList);
        Assert.Equal("工匠梯队", cut.Find(".print-title").TextContent);
        Assert.Equal("数据截至2025年5月", cut.Find(".print-as-of").TextContent);
        Assert.Equal("筛选条件：2024年 · 成都", cut.Find(".print-filters").TextContent);
        Assert.Contains("数据来源", cut.Find(".print-sources").TextContent);
    }

    [Fact]
    public void Render_NoFilters_LeavesOutTheFilterLine()
    {
        var cut = Render<PrintHeader>(p => p.Add(c => c.Title, "总览").Add(c => c.DataAsOf, "2025年5月"));

        Assert.Empty(cut.FindAll(".print-filters"));
    }
}

public sealed class PrintHeaderEnglishTests() : DashboardTestContext("en")
{
    [Fact]
    public void Render_English_ShowsEnglishLines()
    {
        var cut = Render<PrintHeader>(p => p.Add(c => c.Title, "Tiers").Add(c => c.DataAsOf, "May 2025").Add(c => c.Filters, "2024 · Chengdu"));

        Assert.Equal("Data as of May 2025", cut.Find(".print-as-of").TextContent);
        Assert.Equal("Filters: 2024 · Chengdu", cut.Find(".print-filters").TextContent);
        Assert.Equal("The sources of the published figures are listed in the table below.", cut.Find(".print-sources").TextContent);
    }
}
