using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;

namespace Dashboard.Web.Tests.Pages;

/// <summary>竞赛项目 over <see cref="ListRecords"/> and the seeded real competitions.</summary>
public sealed class CompetitionListTests : DrillPageTestContext
{
    [Fact]
    public async Task Render_CityAndYearsInUrl_GridRowsAreTheQueryRows()
    {
        // Arrange
        NavigateTo("/competitions/list?from=2023&to=2024&region=510100");
        var filter = new DashboardFilter { FromYear = 2023, ToYear = 2024, Regions = [ListRecords.Chengdu] };
        var expected = await Query<CompetitionListQueries>().ListAsync(filter, new ListRequest(0, 20), Xunit.TestContext.Current.CancellationToken);

        // Act
        var cut = Render<CompetitionList>();

        // Assert
        cut.WaitForAssertion(() => Assert.Equal(expected.Items.Select(c => c.Name), FirstColumn(cut)));
        Assert.Equal(["竞赛二", "竞赛一"], FirstColumn(cut));
        Assert.Equal("共 2 条", cut.Find("[data-testid='row-count']").TextContent.Trim());
        Assert.Equal(["竞赛", "2023–2024年", "成都", "竞赛项目"], cut.FindAll(".mud-breadcrumb-item").Select(c => c.TextContent.Trim()));
        var cells = cut.FindAll("[data-testid='list'] tbody tr")[1].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["2023", "省级", "2", "150"], [cells[1], cells[2], cells[6], cells[7]]);
    }

    [Fact]
    public void Render_BadLevelInUrl_NoticeNamesIt()
    {
        NavigateTo("/competitions/list?level=Galactic");

        var cut = Render<CompetitionList>();

        cut.WaitForAssertion(() => Assert.Contains("level=Galactic", cut.Find("[data-testid='filter-dropped']").TextContent));
    }
}
