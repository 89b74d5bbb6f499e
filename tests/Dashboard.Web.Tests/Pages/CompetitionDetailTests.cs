using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;

namespace Dashboard.Web.Tests.Pages;

public sealed class CompetitionDetailTests : DrillPageTestContext
{
    [Fact]
    public void Render_CityInUrl_ParticipantsFromThatCityLinkToTheirEnterprise()
    {
        var id = IdOf(db => db.Competitions.Where(c => c.Name == "竞赛一").Select(c => c.Id));
        NavigateTo($"/competitions/{id}?region=510100");

        var cut = Render<CompetitionDetail>(p => p.Add(c => c.Id, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        cut.WaitForAssertion(() => Assert.Equal(["企业一", "企业二"], FirstColumn(cut)));
        Assert.Equal("共 2 条", cut.Find("[data-testid='row-count']").TextContent.Trim());
        Assert.Equal("竞赛一", cut.Find("h1").TextContent.Trim());
        Assert.Matches(@"^/enterprises/\d+\?region=510100$", cut.Find("[data-testid='list'] tbody tr a").GetAttribute("href"));
        Assert.Single(cut.FindAll("[data-testid='list'] tbody tr .sample-badge"));
    }

    [Theory]
    [InlineData("999999")]
    [InlineData("abc")]
    public void Render_UnknownOrNonNumericId_NotFoundNotice(string id)
    {
        NavigateTo($"/competitions/{id}");

        var cut = Render<CompetitionDetail>(p => p.Add(c => c.Id, id));

        cut.WaitForAssertion(() => Assert.Contains(id, cut.Find("[data-testid='not-found']").TextContent));
        Assert.Empty(cut.FindAll("[data-testid='list']"));
    }
}
