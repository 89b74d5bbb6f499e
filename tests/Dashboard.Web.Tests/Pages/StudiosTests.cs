using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;

namespace Dashboard.Web.Tests.Pages;

/// <summary>创新工作室 over <see cref="ListRecords"/> and the seeded real studio.</summary>
public sealed class StudiosTests : DrillPageTestContext
{
    [Fact]
    public async Task Render_CityAndYearInUrl_GridRowsAreTheQueryRowsWithSavingsInWan()
    {
        // Arrange
        NavigateTo("/innovation/studios?from=2023&to=2023&region=510100");
        var filter = new DashboardFilter { FromYear = 2023, ToYear = 2023, Regions = [ListRecords.Chengdu] };
        var expected = await Query<StudioListQueries>().ListAsync(filter, new ListRequest(0, 20), Xunit.TestContext.Current.CancellationToken);

        // Act
        var cut = Render<Studios>();

        // Assert: 工作室丙 was founded in 2024, after the year asked for
        cut.WaitForAssertion(() => Assert.Equal(expected.Items.Select(s => s.Name), FirstColumn(cut)));
        Assert.Equal(["工作室甲"], FirstColumn(cut));
        Assert.Equal("共 1 条", cut.Find("[data-testid='row-count']").TextContent.Trim());
        var cells = cut.Find("[data-testid='list'] tbody tr").QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["省级", "工匠甲", "2", "300万元"], [cells[1], cells[2], cells[6], cells[7]]);
    }

    [Fact]
    public void Render_YearOutOfRange_NoticeNamesIt()
    {
        NavigateTo("/innovation/studios?from=3000");

        var cut = Render<Studios>();

        cut.WaitForAssertion(() => Assert.Contains("from=3000", cut.Find("[data-testid='filter-dropped']").TextContent));
    }
}
