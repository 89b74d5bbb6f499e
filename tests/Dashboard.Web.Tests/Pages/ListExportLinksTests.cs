using System.Globalization;
using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;
using MudBlazor;

namespace Dashboard.Web.Tests.Pages;

/// <summary>
/// Each list's export menu over <see cref="Dashboard.Tests.Shared.Data.ListRecords"/>: a link to its streamed file that
/// keeps the list's filter, order, column filters and record, and the file the endpoint writes for it: the rows the
/// grid shows, in its order, under the list's title.
/// </summary>
public sealed class ListExportLinksTests : DrillPageTestContext
{
    [Fact]
    public async Task Studios_CityLeastSavingsFirstFoundedSince2020_LinkKeepsTheViewFileHoldsTheGridsRows()
    {
        var popovers = Render<MudPopoverProvider>();
        NavigateTo("/innovation/studios?region=510100&sort=SavingsYuan&f.FoundedYear=>=:2020&page=1&size=10");
        var cut = Render<Studios>();

        var file = await ExportShownListAsync(cut, popovers,
            "/export/studios.csv?region=510100&sort=SavingsYuan&f.FoundedYear=%3E%3D%3A2020", column: 1, fileColumn: 0);

        Assert.Equal(["工作室丙", "工作室甲"], file.Column(0));
        Assert.Equal("工作室,级别,领办人,市州,行业,成立年份,成果数,节创效益（元）,示例数据", file.Lines[0]);
    }

    [Fact]
    public async Task EnterpriseList_RailwayMostEntriesFirst_LinkKeepsTheViewFileHoldsTheGridsRows()
    {
        var popovers = Render<MudPopoverProvider>();
        NavigateTo("/competitions/enterprises?industry=railway&sort=Entries&desc=1");
        var cut = Render<EnterpriseList>();

        var file = await ExportShownListAsync(cut, popovers, "/export/enterprises.csv?industry=railway&sort=Entries&desc=1", column: 1, fileColumn: 0);

        Assert.Equal("企业三", file.Column(0)[0]);
    }

    [Fact]
    public async Task CompetitionList_CityMostWorkersFirst_LinkKeepsTheViewFileNamesTheCountsAsTheGridDoes()
    {
        var popovers = Render<MudPopoverProvider>();
        NavigateTo("/competitions/list?region=510100&sort=Workers&desc=1");
        var cut = Render<CompetitionList>();

        var file = await ExportShownListAsync(cut, popovers, "/export/competitions.csv?region=510100&sort=Workers&desc=1", column: 1, fileColumn: 0);

        var gridHeaders = cut.FindAll("[data-testid='list'] thead th").Select(th => th.TextContent.Trim()).ToList();
        var fileHeaders = file.Lines[0].Split(',');
        Assert.Contains(fileHeaders[6], gridHeaders[6]);
        Assert.Contains(fileHeaders[7], gridHeaders[7]);
        Assert.NotEqual("参赛企业", fileHeaders[6]);
    }

    [Fact]
    public async Task Honours_OldestFirstSince2020_LinkKeepsTheViewFileHoldsTheGridsRows()
    {
        var popovers = Render<MudPopoverProvider>();
        NavigateTo("/tiers/honours?sort=Year&f.Year=>=:2020");
        var cut = Render<Honours>();

        await ExportShownListAsync(cut, popovers, "/export/honours.csv?sort=Year&f.Year=%3E%3D%3A2020", column: 2, fileColumn: 1);
    }

    [Fact]
    public async Task StudioDetail_LeastSavingsFirst_LinkNamesTheStudioFileHoldsItsAchievements()
    {
        var id = IdOf(db => db.InnovationStudios.Where(s => s.Name == "工作室甲").Select(s => s.Id));
        var popovers = Render<MudPopoverProvider>();
        NavigateTo($"/innovation/studios/{id}?from=2021&sort=SavingsYuan");
        var cut = Render<StudioDetail>(p => p.Add(c => c.Id, id.ToString(CultureInfo.InvariantCulture)));

        var file = await ExportShownListAsync(cut, popovers, $"/export/studio-achievements.csv?studio={id}&from=2021&sort=SavingsYuan", column: 1, fileColumn: 0);

        Assert.Equal(["成果三", "成果一", "成果二"], file.Column(0));
        Assert.Equal("成果名称,年份,类别,节创效益（元）,示例数据", file.Lines[0]);
    }

    [Fact]
    public async Task CompetitionDetail_CityLeastWorkersFirst_LinkNamesTheCompetitionFileHoldsItsParticipants()
    {
        var id = IdOf(db => db.Competitions.Where(c => c.Name == "竞赛一").Select(c => c.Id));
        var popovers = Render<MudPopoverProvider>();
        NavigateTo($"/competitions/{id}?region=510100&sort=Workers");
        var cut = Render<CompetitionDetail>(p => p.Add(c => c.Id, id.ToString(CultureInfo.InvariantCulture)));

        var file = await ExportShownListAsync(cut, popovers, $"/export/participants.csv?competition={id}&region=510100&sort=Workers", column: 1, fileColumn: 0);

        Assert.Equal(["企业二", "企业一"], file.Column(0));
    }

    [Theory]
    [InlineData("/export/studio-achievements.csv", 400, "studio=")]
    [InlineData("/export/studio-achievements.csv?studio=abc", 400, "studio=abc")]
    [InlineData("/export/participants.xlsx?competition=-3", 400, "competition=-3")]
    [InlineData("/export/studio-achievements.csv?studio=999999", 404, "studio=999999")]
    [InlineData("/export/participants.csv?competition=999999", 404, "competition=999999")]
    public async Task RecordList_MissingMalformedOrUnknownId_ClearMessageNoFile(string link, int status, string named)
    {
        var answer = await GetExportAsync(link);

        Assert.Equal(status, answer.Status);
        Assert.Contains(named, answer.Body);
    }

    /// <summary>
    /// Waits for the grid, opens its export menu and asks the endpoint for the CSV it links to; asserts the link, the
    /// file's name and that the file holds the grid's rows in its order, compared on the grid's <paramref name="column"/>
    /// (from 1) and the file's <paramref name="fileColumn"/> (from 0).
    /// </summary>
    private async Task<ExportAnswer> ExportShownListAsync<TPage>(
        IRenderedComponent<TPage> cut, IRenderedComponent<MudPopoverProvider> popovers, string expectedHref, int column, int fileColumn)
        where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        cut.WaitForAssertion(() => Assert.NotEmpty(Cells(cut, column)));
        var (href, fileName) = cut.ExportCsvLink(popovers);

        var file = await GetExportAsync(href);

        Assert.Equal(expectedHref, href);
        Assert.StartsWith(cut.Find("h1").TextContent.Trim() + "-", fileName);
        Assert.Equal(200, file.Status);
        Assert.Equal(Cells(cut, column), file.Column(fileColumn));
        return file;
    }

    /// <summary>The text of each grid row's cell in <paramref name="column"/>, from 1, without its 示例数据 badge.</summary>
    private static List<string> Cells<TPage>(IRenderedComponent<TPage> cut, int column) where TPage : Microsoft.AspNetCore.Components.IComponent
        => [.. cut.FindAll($"[data-testid='list'] tbody tr.mud-table-row td:nth-child({column})")
            .Select(td => (td.QuerySelector("a, .achievement-title") ?? td).TextContent.Trim())];
}

/// <summary>A reader bound to 成都 following export links to other 市州's records.</summary>
public sealed class ListExportBoundReaderTests : DrillPageTestContext
{
    protected override RecordScope Scope { get; } = new(ListRecords.Chengdu);

    [Fact]
    public async Task StudioAchievements_OfAZigongStudio_NotFoundAsOnItsPage()
    {
        var zigong = Read(db => db.InnovationStudios.Where(s => s.Name == "工作室乙").Select(s => s.Id).Single());

        var answer = await GetExportAsync($"/export/studio-achievements.csv?studio={zigong}");

        Assert.Equal(404, answer.Status);
        Assert.Contains($"studio={zigong}", answer.Body);
    }

    [Fact]
    public async Task Participants_OfACompetitionWithAZigongEntry_OnlyChengdusEnterprises()
    {
        var id = Read(db => db.Competitions.Where(c => c.Name == "竞赛一").Select(c => c.Id).Single());

        var answer = await GetExportAsync($"/export/participants.csv?competition={id}");

        Assert.Equal(200, answer.Status);
        Assert.Equal(["企业一", "企业二"], answer.Column(0));
    }

    [Fact]
    public async Task Studios_LinkNamingZigong_RefusedNotWidened()
    {
        var answer = await GetExportAsync($"/export/studios.csv?region={ListRecords.Zigong}");

        Assert.Equal(400, answer.Status);
        Assert.Contains($"region={ListRecords.Zigong}", answer.Body);
    }
}
