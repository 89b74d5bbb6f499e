using Dashboard.Data.Queries;
using Dashboard.Web.Utils;

namespace Dashboard.Web.Tests.Utils;

public sealed class DrillDownUrlsTests
{
    private static readonly DashboardFilter s_filter = new() { FromYear = 2021, Regions = ["510100"], IncludeSample = false };

    [Fact]
    public void ListsAndDetails_Filter_PathThenTheFilterQuery()
    {
        Assert.Equal("/tiers/craftsmen?from=2021&region=510100&sample=0", DashboardUrls.Craftsmen(s_filter));
        Assert.Equal("/craftsmen/7?from=2021&region=510100&sample=0", DashboardUrls.Craftsman(7, s_filter));
        Assert.Equal("/competitions/list?from=2021&region=510100&sample=0", DashboardUrls.CompetitionList(s_filter));
        Assert.Equal("/competitions/3?from=2021&region=510100&sample=0", DashboardUrls.Competition(3, s_filter));
        Assert.Equal("/innovation/studios?from=2021&region=510100&sample=0", DashboardUrls.Studios(s_filter));
        Assert.Equal("/innovation/studios/5?from=2021&region=510100&sample=0", DashboardUrls.Studio(5, s_filter));
        Assert.Equal("/enterprises/9?from=2021&region=510100&sample=0", DashboardUrls.Enterprise(9, s_filter));
    }

    [Fact]
    public void Craftsmen_WholeProvince_BarePath() => Assert.Equal("/tiers/craftsmen", DashboardUrls.Craftsmen(DashboardFilter.WholeProvince));
}
