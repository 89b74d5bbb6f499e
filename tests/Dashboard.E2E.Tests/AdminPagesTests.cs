using System.Text.RegularExpressions;
using Dashboard.E2E.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.E2E.Tests;

/// <summary>账户管理 and 审计日志 as an admin meets them, and as a leader is refused them.</summary>
public sealed class AdminPagesTests(DashboardApp dashboard, Browser browser)
{
    [Fact]
    public async Task CreateAccount_AsAdmin_ListedAndInTheAuditLog()
    {
        // Arrange
        var page = await browser.NewPageAsync(dashboard.BaseAddress, userName: "admin");
        var userName = "e2e-" + Guid.NewGuid().ToString("N")[..8];
        await page.OpenAsync("/admin/accounts");

        // Act
        var name = page.Locator("input[data-testid='new-user-name']");
        await name.FillAsync(userName);
        await name.BlurAsync();
        var password = page.Locator("input[data-testid='new-password']");
        await password.FillAsync("a quiet river in spring");
        await password.BlurAsync();
        await page.ChooseAsync("new-role", "领导");
        await page.Locator("button[data-testid='create-account']").ClickAsync();

        // Assert
        await Expect(page.Locator("[data-testid='admin-message']")).ToContainTextAsync($"已创建账户 {userName}");
        await Expect(page.Locator("[data-testid='accounts'] tbody tr").Filter(new() { HasText = userName })).ToContainTextAsync("领导");
        await page.SaveScreenshotAsync("admin-accounts");
        await page.Locator("[data-testid='nav-audit']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/audit"));
        var entry = page.Locator("[data-testid='list'] tbody tr").Filter(new() { HasText = userName });
        await Expect(entry).ToContainTextAsync("创建账户");
        await Expect(entry).ToContainTextAsync("admin");
        await Expect(entry).ToContainTextAsync("角色: 领导");
        // The circuit knows the browser's address, though no request carries it after the page opened.
        await Expect(entry).ToContainTextAsync("127.0.0.1");
        await page.SaveScreenshotAsync("admin-audit");

        // The filter goes into the URL and the list follows it.
        await page.ChooseAsync("filter-action", "创建账户");
        await Expect(page).ToHaveURLAsync(new Regex("/admin/audit\\?action=AccountCreated$"));
        await Expect(page.Locator("[data-testid='list'] tbody tr td:nth-child(2)").Filter(new() { HasNotText = "创建账户" })).ToHaveCountAsync(0);
        await Expect(entry).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task ChangePassword_NewAccount_TheChangeIsInTheAuditLog()
    {
        // Arrange: an app and an account of its own. On the suite's shared database, under the full run's load, the
        // password write has met SQLite's "database is locked" (the file is in rollback-journal mode).
        await using var app = await DashboardApp.StartAsync();
        var userName = "e2e-" + Guid.NewGuid().ToString("N")[..8];
        const string first = "a quiet river in spring";
        var admin = await browser.NewPageAsync(app.BaseAddress, userName: "admin");
        await admin.OpenAsync("/admin/accounts");
        await admin.Locator("input[data-testid='new-user-name']").FillAsync(userName);
        await admin.Locator("input[data-testid='new-password']").FillAsync(first);
        await admin.Locator("input[data-testid='new-password']").BlurAsync();
        await admin.Locator("button[data-testid='create-account']").ClickAsync();
        await Expect(admin.Locator("[data-testid='admin-message']")).ToContainTextAsync($"已创建账户 {userName}");

        // Act
        var page = await browser.NewPageAsync(app.BaseAddress, signedIn: false);
        await page.SignInAsync(userName, first);
        await page.GotoAsync("/account/password");
        await page.Locator("#current-password").FillAsync(first);
        await page.Locator("#new-password").FillAsync("snow on the distant mountains");
        await page.Locator("#confirm-password").FillAsync("snow on the distant mountains");
        await page.Locator("button[type='submit']").ClickAsync();
        await Expect(page.Locator("[data-testid='password-changed']")).ToBeVisibleAsync();

        // Assert
        await admin.OpenAsync($"/admin/audit?actor={userName}");
        await Expect(admin.Locator("[data-testid='list'] tbody tr td:nth-child(2)")).ToHaveTextAsync(["修改密码", "登录"]);
    }

    [Theory]
    [InlineData("/admin/accounts")]
    [InlineData("/admin/audit")]
    public async Task Open_AdminPageAsLeader_RefusedWithNoAccountsShown(string path)
    {
        var page = await browser.NewPageAsync(dashboard.BaseAddress);

        var response = await page.GotoAsync(path);

        Assert.Equal(403, response!.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("页面不存在");
        await Expect(page.Locator("[data-testid='nav-accounts']")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid='accounts']")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid='list']")).ToHaveCountAsync(0);
    }
}
