using System.Text;
using System.Text.RegularExpressions;
using Dashboard.E2E.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

/// <summary>
/// 数据导入 as staff meet it: a file checked, previewed, confirmed and written, and open dashboards following at once.
/// On an app of its own: its writes would move the counts, and redraw the charts, that the suite's other tests read.
/// </summary>
public sealed class ImportTests(ImportTests.OwnApp dashboard, Browser browser) : IClassFixture<ImportTests.OwnApp>
{
    /// <summary>A dashboard of the class's own, started as the suite's is.</summary>
    public sealed class OwnApp : DashboardApp;

    static ImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    internal const string Header = "姓名,梯队,市州,行业,工作单位,评选年份,届次";
    internal const string CityCraftsmen = "[data-kpi='tier-city'] .kpi-footnote-text";

    [Fact]
    public async Task Import_AsStaff_OpenOverviewElsewhereCountsTheNewCraftsmanWithoutReload()
    {
        // Arrange: a leader's 总览 is open in another browser
        var overview = await browser.NewPageAsync(dashboard.BaseAddress);
        await overview.OpenAsync("/");
        var before = await RecordsAsync(overview);
        var reloads = 0;
        overview.Load += (_, _) => reloads++;

        // Act: staff imports one new 市级工匠, in GBK as Chinese Excel saves a CSV
        var staff = await browser.NewPageAsync(dashboard.BaseAddress, userName: "staff");
        await staff.OpenAsync("/import");
        await UploadAsync(staff, $"{Header}\n导入测试工匠,市级工匠,绵阳,装备制造,,2025,\n", Encoding.GetEncoding("GB18030"));
        await Expect(staff.Locator("[data-testid='import-preview']")).ToContainTextAsync("新增 1 条，更新 0 条");
        await staff.Locator("[data-testid='import-confirm']").ClickAsync();
        await Expect(staff.Locator("[data-testid='import-batches'] tbody tr").First.Locator("[data-testid='batch-status']")).ToHaveTextAsync("已导入");
        await staff.SaveScreenshotAsync("import-committed", fullPage: false);

        // Assert: the overview moved by one, on its own (the app's log says why, if not)
        try
        {
            await Expect(overview.Locator(CityCraftsmen)).ToContainTextAsync(Digits(before + 1), new() { Timeout = 20_000 });
        }
        catch (PlaywrightException ex)
        {
            var log = dashboard.App.Output.Split('\n').Where(line => line.Contains("record change") || line.Contains("Import batch") || line.Contains("fail:"));
            throw new Xunit.Sdk.XunitException($"{ex.Message}\nApp log:\n{string.Join("\n", log.TakeLast(20))}");
        }
        Assert.Equal(0, reloads);

        // The 数据截至 stamp moved to the import, and the printed header says the same
        var stamp = Regex.Match(await overview.Locator("[data-testid='data-as-of']").InnerTextAsync(), @"\d{4}-\d{2}-\d{2} \d{2}:\d{2}").Value;
        Assert.NotEmpty(stamp);
        await Expect(overview.Locator("[data-testid='print-header'] .print-as-of")).ToContainTextAsync(stamp);
    }

    [Fact]
    public async Task Import_AsChengduWithAMianyangRow_RefusedWithTheRowNamed()
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress, userName: "chengdu");
        await page.OpenAsync("/import");

        await UploadAsync(page, $"{Header}\n张三,市级工匠,成都,,,2025,\n李四,市级工匠,绵阳,,,2025,\n", Encoding.UTF8);

        await Expect(page.Locator("[data-testid='import-errors'] tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid='import-errors'] tbody tr")).ToContainTextAsync("本账户只能导入成都的记录");
        await Expect(page.Locator("[data-testid='import-confirm']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task NavigationAndRealRecord_AsLeaderNoImportOrEdit_AsStaffBoth()
    {
        var leader = await browser.NewPageAsync(dashboard.BaseAddress);
        var staff = await browser.NewPageAsync(dashboard.BaseAddress, userName: "staff");

        // The first real craftsman (sample records off), as each sees it
        await leader.OpenAsync("/tiers/craftsmen?sample=0");
        var detail = await leader.Locator("[data-testid='list'] tbody tr td a").First.GetAttributeAsync("href");
        await leader.OpenAsync(detail!);
        await staff.OpenAsync(detail!);

        await Expect(leader.Locator("[data-testid='nav-import']")).ToHaveCountAsync(0);
        await Expect(leader.Locator("[data-testid='edit']")).ToHaveCountAsync(0);
        await Expect(staff.Locator("[data-testid='nav-import']")).ToHaveCountAsync(1);
        await Expect(staff.Locator("[data-testid='edit']")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Edit_RealStudioAsStaffOnAPhone_TheDetailPageShowsTheNewValue()
    {
        // The one real studio the seeds name (sample records off), founded 2012
        var staff = await browser.NewPageAsync(dashboard.BaseAddress, width: 390, height: 844, userName: "staff");
        await staff.OpenAsync("/innovation/studios?sample=0");
        await staff.OpenAsync((await staff.Locator("[data-testid='list'] tbody tr td a").First.GetAttributeAsync("href"))!);
        var founded = staff.Locator("[data-testid='detail'] tr", new() { HasText = "成立年份" });
        await Expect(founded).ToContainTextAsync("2012");

        await staff.Locator("[data-testid='edit']").ClickAsync();
        await staff.Locator("input[data-testid='edit-5']").FillAsync("2013");
        await staff.SaveScreenshotAsync("edit-studio-390", fullPage: false);
        await staff.Locator("[data-testid='edit-save']").ClickAsync();

        await Expect(staff.Locator("[data-testid='edit-message']")).ToContainTextAsync("已保存");
        await Expect(founded).ToContainTextAsync("2013");
    }

    /// <summary>
    /// Chooses a file once Blazor listens to the input: it attaches its listener in a call after the first interactive render,
    /// and a file chosen before that is lost (a person is never that quick; a test under load can be).
    /// </summary>
    internal static async Task UploadAsync(IPage page, string csv, Encoding encoding)
    {
        var input = page.Locator("input[type='file']");
        await page.WaitForFunctionAsync("() => document.querySelector(\"input[type='file']\")?._blazorInputFileNextFileId !== undefined");
        await input.SetInputFilesAsync(new FilePayload { Name = "名单.csv", MimeType = "text/csv", Buffer = encoding.GetBytes(csv) });
    }

    internal static async Task<int> RecordsAsync(IPage page)
        => int.Parse(Regex.Replace(Regex.Match(await page.Locator(CityCraftsmen).InnerTextAsync(), @"[\d,]+").Value, ",", ""));

    /// <summary>The count as the card writes it, with or without a thousands separator.</summary>
    internal static Regex Digits(int count) => new($@"\b({count:N0}|{count})\b");
}
