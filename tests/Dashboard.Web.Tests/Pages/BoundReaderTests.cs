using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;
using static Dashboard.Tests.Shared.Data.RecordBuilders;

namespace Dashboard.Web.Tests.Pages;

/// <summary>
/// A reader bound to 成都. Records: the seeded named people (孔建伟 in 自贡; 陈行行, 崔兴国 with no 市州), two
/// 市级工匠 in 绵阳 and one sample 市级工匠 in 成都.
/// </summary>
public sealed class BoundReaderTests : PageTestContext
{
    protected override RecordScope Scope { get; } = new("510100");

    protected override void AddRecords(DashboardDbContext db)
        => db.Craftsmen.AddRange(
            Craftsman("王某", "city", region: "510700", industry: "equipment-manufacturing", year: 2022),
            Craftsman("示例工匠 0001", "city", region: "510700", industry: "equipment-manufacturing", year: 2023, sample: true),
            Craftsman("示例工匠 0003", "city", region: "510100", industry: "equipment-manufacturing", year: 2023, sample: true));


    [Fact]
    public void Open_NoFilter_CountsOnlyChengduWithTheRegionFixed()
    {
        var cut = RenderTiersAt("/tiers");

        Assert.Equal([0d, 0d, 0d, 1d], SpecOf(cut, Charts, "tier-pyramid").Series[0].Values);
        Assert.Equal(["成都"], SpecOf(cut, Charts, "tier-by-region").Labels);
        var regions = cut.Find("input[data-testid='filter-regions']");
        Assert.Equal("成都", regions.GetAttribute("value"));
        Assert.True(regions.HasAttribute("disabled"));
        Assert.Contains("本账户限定", cut.Find("[data-testid='filter-bar']").TextContent);
        Assert.True(cut.Find("[data-testid='filter-reset']").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-testid='out-of-scope']"));
    }

    [Fact]
    public void Open_LinkNamingMianyang_NotFoundNoticeAndStillOnlyChengdu()
    {
        var cut = RenderTiersAt("/tiers?region=510700&region=510100");

        Assert.Equal("未找到绵阳的数据：本账户只能查看成都的记录。", cut.Find("[data-testid='out-of-scope']").TextContent.Trim());
        Assert.Equal([0d, 0d, 0d, 1d], SpecOf(cut, Charts, "tier-pyramid").Series[0].Values);
    }

    [Fact]
    public void Open_YearsChosen_ResetOffersToClearThem()
    {
        var cut = RenderTiersAt("/tiers?from=2023");

        Assert.False(cut.Find("[data-testid='filter-reset']").HasAttribute("disabled"));
    }
}
