using Dashboard.Data.Queries;
using Dashboard.Web.Utils;

namespace Dashboard.Web.Tests.Utils;

public sealed class ListQueryTests
{
    [Fact]
    public void ApplyThenParse_View_RoundTripsAndKeepsTheFilter()
    {
        var request = new ListRequest(Page: 2, PageSize: 50, SortBy: "YearNamed", Descending: true)
        {
            Filters = [new ColumnFilter("Name", "contains", "张"), new ColumnFilter("YearNamed", ">=", "2020")],
        };

        var url = ListQuery.Apply("http://localhost/tiers/craftsmen?region=510100&tier=city&page=9", request);

        Assert.Equal("/tiers/craftsmen?region=510100&tier=city&sort=YearNamed&desc=1&page=3&size=50&f.Name=contains%3A%E5%BC%A0&f.YearNamed=%3E%3D%3A2020", url);
        Assert.Equivalent(request, ListQuery.Parse("http://localhost" + url));
    }

    [Fact]
    public void Apply_DefaultView_LeavesOnlyTheFilter()
        => Assert.Equal("/tiers/craftsmen?tier=city", ListQuery.Apply("http://localhost/tiers/craftsmen?tier=city&sort=Name&page=4", new ListRequest(0, ListQuery.DefaultPageSize)));

    [Theory]
    [InlineData("page=0")]
    [InlineData("page=-3")]
    [InlineData("page=abc")]
    [InlineData("size=7")]
    [InlineData("size=100000")]
    [InlineData("f.Name=nocolon")]
    public void Parse_BadValue_FallsBackToTheDefault(string query)
    {
        var request = ListQuery.Parse($"http://localhost/tiers/craftsmen?{query}");

        Assert.Equal((0, ListQuery.DefaultPageSize), (request.Page, request.PageSize));
        Assert.Empty(request.Filters);
    }
}
