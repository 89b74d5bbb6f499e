using Dashboard.Web.Components.Pages;
using Microsoft.AspNetCore.Http;
using Dashboard.Web.Tests.Shared;

namespace Dashboard.Web.Tests.Pages;

/// <summary>The craftsman, enterprise and studio pages over <see cref="Dashboard.Tests.Shared.Data.ListRecords"/>.</summary>
public sealed class DetailPagesTests : DrillPageTestContext
{
    [Fact]
    public void CraftsmanDetail_KnownId_HonoursStudioAndEmployerLinkKeepTheFilter()
    {
        var id = IdOf(db => db.Craftsmen.Where(c => c.Name == "工匠甲").Select(c => c.Id));
        NavigateTo($"/craftsmen/{id}?tier=provincial");

        var cut = Render<CraftsmanDetail>(p => p.Add(c => c.Id, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        cut.WaitForAssertion(() => Assert.Equal("工匠甲", cut.Find("h1").TextContent.Trim()));
        Assert.Equal(["2020 全国劳动模范", "2021 四川工匠"], cut.FindAll("[data-testid='honours'] li").Select(i => i.TextContent.Trim()));
        Assert.Matches(@"^/innovation/studios/\d+\?tier=provincial$", cut.Find("[data-testid='studios'] a").GetAttribute("href"));
        Assert.Matches(@"^/enterprises/\d+\?tier=provincial$", cut.Find("[data-testid='detail'] a").GetAttribute("href"));
        Assert.Equal("/tiers/craftsmen?tier=provincial", cut.FindAll(".mud-breadcrumb-item a")[1].GetAttribute("href"));
    }

    [Fact]
    public void CraftsmanDetail_RealPersonWithUnknownFields_SaysNotStatedAndNone()
    {
        // 崔兴国: a 大国工匠 the source names without 市州, industry, employer or year, with no honours or studios on record
        var id = IdOf(db => db.Craftsmen.Where(c => c.Name == "崔兴国").Select(c => c.Id));
        NavigateTo($"/craftsmen/{id}");

        var cut = Render<CraftsmanDetail>(p => p.Add(c => c.Id, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        cut.WaitForAssertion(() => Assert.Equal("崔兴国", cut.Find("h1").TextContent.Trim()));
        Assert.Equal(["大国工匠", "未载明", "未载明", "未载明", "未载明"],
            cut.FindAll("[data-testid='detail'] td").Select(td => td.TextContent.Trim()));
        Assert.Equal("无", cut.Find("[data-testid='no-honours']").TextContent.Trim());
        Assert.Equal("无", cut.Find("[data-testid='no-studios']").TextContent.Trim());
    }

    [Fact]
    public void EnterpriseDetail_KnownId_CompetitionsEnteredLatestFirst()
    {
        var id = IdOf(db => db.Enterprises.Where(e => e.Name == "企业二").Select(e => e.Id));
        NavigateTo($"/enterprises/{id}");

        var cut = Render<EnterpriseDetail>(p => p.Add(c => c.Id, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        cut.WaitForAssertion(() => Assert.Equal(["竞赛二", "竞赛一"], cut.FindAll("[data-testid='competitions'] tbody a").Select(a => a.TextContent.Trim())));
        Assert.NotEmpty(cut.FindAll(".sample-badge"));
    }

    [Fact]
    public void StudioDetail_YearInUrl_AchievementsOfThatYear()
    {
        var id = IdOf(db => db.InnovationStudios.Where(s => s.Name == "工作室甲").Select(s => s.Id));
        NavigateTo($"/innovation/studios/{id}?from=2023");

        var cut = Render<StudioDetail>(p => p.Add(c => c.Id, id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        cut.WaitForAssertion(() => Assert.Equal(["成果三", "成果二"], cut.FindAll("[data-testid='list'] .achievement-title").Select(a => a.TextContent.Trim())));
        Assert.Equal("共 2 条", cut.Find("[data-testid='row-count']").TextContent.Trim());
    }

    [Theory]
    [InlineData("/craftsmen/", typeof(CraftsmanDetail))]
    [InlineData("/enterprises/", typeof(EnterpriseDetail))]
    [InlineData("/innovation/studios/", typeof(StudioDetail))]
    public void Detail_UnknownOrNonNumericId_NotFoundNotice(string path, Type page)
    {
        foreach (var id in new[] { "999999", "x1" })
        {
            NavigateTo(path + id);

            var cut = Render(builder =>
            {
                builder.OpenComponent(0, page);
                builder.AddAttribute(1, "Id", id);
                builder.CloseComponent();
            });

            cut.WaitForAssertion(() => Assert.Contains(id, cut.Find("[data-testid='not-found']").TextContent));
        }
    }

    [Fact]
    public void CraftsmanDetail_UnknownIdWhilePrerendering_Answers404()
        => Assert.Equal(StatusCodes.Status404NotFound, PrerenderCraftsmanStatus("999999"));

    [Fact]
    public void CraftsmanDetail_KnownIdWhilePrerendering_Answers200()
    {
        var id = IdOf(db => db.Craftsmen.Where(c => c.Name == "工匠甲").Select(c => c.Id));

        Assert.Equal(StatusCodes.Status200OK, PrerenderCraftsmanStatus(id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>The status a prerendered craftsman page sets: the HttpContext cascades only then.</summary>
    private int PrerenderCraftsmanStatus(string id)
    {
        NavigateTo($"/craftsmen/{id}");
        var http = new DefaultHttpContext();

        var cut = Render<CraftsmanDetail>(p => p.Add(c => c.Id, id).AddCascadingValue<HttpContext>(http));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("h1")));
        return http.Response.StatusCode;
    }
}
