using System.Text.RegularExpressions;
using Dashboard.E2E.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Dashboard.E2E.Tests;

/// <summary>
/// Who may open what, as plain requests: anonymous and every demo account against every page, list and detail
/// (of a record in 成都 and one in 绵阳). One table drives it; a new page is one new row.
/// </summary>
public sealed class AuthorizationMatrixTests(DashboardApp dashboard, Browser browser)
{
    public const string Anonymous = "";

    /// <summary>Who a row is open to.</summary>
    public enum Access
    {
        /// <summary>Anyone, signed in or not: sign-in, static files, the health check.</summary>
        Public,

        /// <summary>Every signed-in account.</summary>
        Readers,

        /// <summary>Province-wide accounts; an account bound to 成都 finds nothing (a record in 绵阳).</summary>
        OutsideChengdu,

        /// <summary>Admins only; any other account gets 403.</summary>
        Admins,

        /// <summary>Staff and admins, who import and edit; leadership gets 403.</summary>
        Editors,
    }

    /// <summary>
    /// The rows: a path (a {placeholder} names a record found at run time) and who it is open to. Each detail row
    /// names its record, whose name then must, or must not, be in the answer.
    /// </summary>
    private static readonly (string Path, Access Access)[] s_rows =
    [
        ("/account/signin", Access.Public),
        ("/healthz", Access.Public),
        ("/css/app.css", Access.Public),
        ("/", Access.Readers),
        ("/tiers", Access.Readers),
        ("/competitions", Access.Readers),
        ("/innovation", Access.Readers),
        ("/sources", Access.Readers),
        ("/account/password", Access.Readers),
        ("/tiers/craftsmen", Access.Readers),
        ("/tiers/honours", Access.Readers),
        ("/competitions/list", Access.Readers),
        ("/competitions/enterprises", Access.Readers),
        ("/innovation/studios", Access.Readers),
        ("/innovation/achievements", Access.Readers),
        ("/admin/accounts", Access.Admins),
        ("/admin/audit", Access.Admins),
        ("/import", Access.Editors),
        ("{craftsman in 成都}", Access.Readers),
        ("{craftsman in 绵阳}", Access.OutsideChengdu),
        ("{enterprise in 成都}", Access.Readers),
        ("{enterprise in 绵阳}", Access.OutsideChengdu),
        ("{studio in 成都}", Access.Readers),
        ("{studio in 绵阳}", Access.OutsideChengdu),
    ];

    private static readonly string[] s_accounts = [Anonymous, "leader", "staff", "admin", "chengdu"];

    /// <summary>Where the detail rows' records are found: the list that names them and the 市州 code by name.</summary>
    private static readonly Dictionary<string, string> s_lists = new()
    {
        ["craftsman"] = "/tiers/craftsmen",
        ["enterprise"] = "/competitions/enterprises",
        ["studio"] = "/innovation/studios",
    };

    private static readonly Dictionary<string, string> s_regions = new() { ["成都"] = "510100", ["绵阳"] = "510700" };

    private static readonly SemaphoreSlim s_finding = new(1, 1);
    private static readonly Dictionary<(Uri App, string Row), (string Path, string Name)> s_records = [];

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var (path, _) in s_rows)
        {
            foreach (var account in s_accounts)
            {
                cases.Add(path, account);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Get_AsAccount_AllowedOrRefusedAsTheTableSays(string row, string account)
    {
        var access = s_rows.Single(r => r.Path == row).Access;
        var (path, recordName) = row.StartsWith('{') ? await FindRecordAsync(row) : (row, null);
        await using var http = await browser.NewRequestAsync(dashboard.BaseAddress, signedInAs: account == Anonymous ? null : account);

        var response = await http.GetAsync(path);
        var body = await response.TextAsync();

        switch (Expected(access, account))
        {
            case Outcome.Allowed:
                Assert.Equal(200, response.Status);
                if (recordName is not null)
                {
                    Assert.Contains(recordName, body);
                }
                break;
            case Outcome.SignIn:
                Assert.Equal(302, response.Status);
                Assert.StartsWith("/account/signin?returnUrl=", new Uri(dashboard.BaseAddress, response.Headers["location"]).PathAndQuery);
                Assert.Equal("", body);
                break;
            case Outcome.Forbidden:
                // The not-found page, with no account or audit entry in it.
                Assert.Equal(403, response.Status);
                Assert.DoesNotContain("data-testid=\"accounts\"", body);
                Assert.DoesNotContain("data-testid=\"list\"", body);
                break;
            case Outcome.NotFound:
                // The 404 page; in the browser the circuit then shows the record's not-found notice.
                Assert.Equal(404, response.Status);
                Assert.DoesNotContain(recordName!, body);
                break;
        }
    }

    private enum Outcome
    {
        Allowed,
        SignIn,
        NotFound,
        Forbidden,
    }

    private static Outcome Expected(Access access, string account) => (access, account) switch
    {
        (Access.Public, _) => Outcome.Allowed,
        (_, Anonymous) => Outcome.SignIn,
        (Access.OutsideChengdu, "chengdu") => Outcome.NotFound,
        (Access.Admins, not "admin") => Outcome.Forbidden,
        (Access.Editors, "leader") => Outcome.Forbidden,
        _ => Outcome.Allowed,
    };

    /// <summary>A record a detail row names, "{craftsman in 绵阳}": the first of its list for that 市州, as the leader sees it.</summary>
    private async Task<(string Path, string Name)> FindRecordAsync(string row)
    {
        await s_finding.WaitAsync();
        try
        {
            if (!s_records.TryGetValue((dashboard.BaseAddress, row), out var record))
            {
                var match = Regex.Match(row, "^\\{(\\w+) in (\\w+)\\}$");
                var page = await browser.NewPageAsync(dashboard.BaseAddress);
                await page.OpenAsync($"{s_lists[match.Groups[1].Value]}?region={s_regions[match.Groups[2].Value]}");
                var link = page.Locator("[data-testid='list'] tbody tr td a").First;
                var href = new Uri(dashboard.BaseAddress, await link.GetAttributeAsync("href")).AbsolutePath;
                record = (href, (await link.InnerTextAsync()).Trim());
                await page.Context.CloseAsync();
                s_records[(dashboard.BaseAddress, row)] = record;
            }
            return record;
        }
        finally
        {
            s_finding.Release();
        }
    }
}
