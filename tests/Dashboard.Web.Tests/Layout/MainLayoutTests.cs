using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using Dashboard.Data.Changes;
using Dashboard.Data.Seeding;
using Dashboard.Web.Components.Layout;
using Dashboard.Web.Model;
using Dashboard.Web.Tests.Shared;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Layout;

public sealed class MainLayoutTests : DashboardTestContext
{
    private static readonly SeedFailure s_badValue = new("published/indicators.json", 12, SeedProblem.InvalidValue, "$[3].qualifier");

    private readonly InProcessRecordChangeNotifier _changes = new();

    public MainLayoutTests()
    {
        Services.AddSingleton<IRecordChangeNotifier>(_changes);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    [Fact]
    public void Render_ShellWithDataAsOf_ShowsStampAndNavigationInChinese()
    {
        var cut = RenderLayout(new ShellState(ThemePreference.Light, DataAsOf: "2025-05", SeedError: null));

        Assert.Equal("数据截至 2025年5月", cut.Find("[data-testid='data-as-of']").TextContent.Trim());
        Assert.Equal(["总览", "工匠梯队", "竞赛", "创新创效", "数据来源"], cut.FindAll(".mud-nav-link-text").Select(l => l.TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid='seed-error']"));
        Assert.Equal("页面内容", cut.Find("#body").TextContent);
    }

    [Theory]
    [InlineData("Admin", true, true)]
    [InlineData("Staff", false, true)]
    [InlineData("Leader", false, false)]
    public void Render_SignedIn_AdminPagesForAdminsImportForStaffAndAdmins(string role, bool shown, bool import)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone"), new Claim(ClaimTypes.Role, role)], "test"));

        var cut = Render<NavMenu>(parameters => parameters.AddCascadingValue(Task.FromResult(new AuthenticationState(user))));

        var links = cut.FindAll(".mud-nav-link-text").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(shown, links.Contains("账户管理"));
        Assert.Equal(shown, links.Contains("审计日志"));
        Assert.Equal(import, links.Contains("数据导入"));
    }

    [Fact]
    public async Task Render_RecordsChangedSinceTheSeed_StampShowsTheChangeAndFollowsTheNext()
    {
        var cut = RenderLayout(new ShellState(ThemePreference.Light, DataAsOf: "2025-05", SeedError: null, RecordsChangedUtc: new DateTime(2026, 11, 25, 1, 30, 0, DateTimeKind.Utc)));
        Assert.Equal("数据截至 2026-11-25 09:30", cut.Find("[data-testid='data-as-of']").TextContent.Trim());

        await _changes.NotifyAsync(new RecordChange(new DateTimeOffset(2026, 11, 25, 2, 5, 0, TimeSpan.Zero)), Xunit.TestContext.Current.CancellationToken);

        cut.WaitForAssertion(() => Assert.Equal("数据截至 2026-11-25 10:05", cut.Find("[data-testid='data-as-of']").TextContent.Trim()));
    }

    [Fact]
    public void Navigate_FilteredList_SideNavigationKeepsTheReadersFilter()
    {
        var cut = RenderLayout(new ShellState(ThemePreference.Light, DataAsOf: "2025-05", SeedError: null));

        Services.GetRequiredService<NavigationManager>().NavigateTo("/tiers/craftsmen?region=510100&tier=city&batch=4");

        cut.WaitForAssertion(() => Assert.Equal(
            ["/?region=510100&tier=city", "/tiers?region=510100&tier=city", "/competitions?region=510100&tier=city", "/innovation?region=510100&tier=city", "/sources?region=510100&tier=city"],
            cut.FindAll("a.mud-nav-link").Select(a => a.GetAttribute("href"))));
    }

    [Fact]
    public void Click_MenuButton_TogglesTheDrawer()
    {
        var cut = RenderLayout(new ShellState(ThemePreference.Light, DataAsOf: "2025-05", SeedError: null));
        var toggle = cut.Find("header.mud-appbar button[aria-label='展开或收起导航']");
        var wasOpen = cut.Find("aside.mud-drawer").ClassList.Contains("mud-drawer--open");

        toggle.Click();

        Assert.Equal(!wasOpen, cut.Find("aside.mud-drawer").ClassList.Contains("mud-drawer--open"));
    }

    [Fact]
    public void Render_SeedError_ShowsFileLineAndProblemAboveThePage()
    {
        var cut = RenderLayout(new ShellState(ThemePreference.System, DataAsOf: null, SeedError: s_badValue));

        Assert.Contains("seeds 文件 published/indicators.json 第 12 行：值不合法（$[3].qualifier）", cut.Find("[data-testid='seed-error']").TextContent);
        Assert.Empty(cut.FindAll("[data-testid='data-as-of']"));
    }

    [Fact]
    public void Render_SeedErrorInEnglish_ShowsFileLineAndProblemInEnglish()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

        var cut = RenderLayout(new ShellState(ThemePreference.System, DataAsOf: null, SeedError: s_badValue));

        Assert.Contains("seeds file published/indicators.json, line 12: a value is not valid ($[3].qualifier)", cut.Find("[data-testid='seed-error']").TextContent);
    }

    [Fact]
    public void Render_SeedErrorWithoutLine_NamesTheFile()
    {
        var cut = RenderLayout(new ShellState(ThemePreference.System, DataAsOf: null, SeedError: new SeedFailure("reference/tiers.json", null, SeedProblem.Missing)));

        Assert.Contains("seeds 文件 reference/tiers.json：文件不存在", cut.Find("[data-testid='seed-error']").TextContent);
    }

    [Fact]
    public void ShellState_WithSeedError_SurvivesTheJsonTripToTheInteractiveRender()
    {
        // Routes is interactive, so App hands it the shell as a JSON-serialized parameter.
        var shell = new ShellState(ThemePreference.Dark, DataAsOf: "2025-05", SeedError: s_badValue);

        var trip = JsonSerializer.Deserialize<ShellState>(JsonSerializer.Serialize(shell, JsonSerializerOptions.Web), JsonSerializerOptions.Web);

        Assert.Equal(shell, trip);
    }

    private IRenderedComponent<MainLayout> RenderLayout(ShellState shell)
        => Render<MainLayout>(parameters => parameters
            .AddCascadingValue(shell)
            .Add(p => p.Body, (RenderFragment)(builder => builder.AddMarkupContent(0, "<div id=\"body\">页面内容</div>"))));
}
