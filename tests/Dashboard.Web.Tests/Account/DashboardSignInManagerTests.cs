using System.Net;
using Dashboard.Data;
using Dashboard.Data.Accounts;
using Dashboard.Data.Audit;
using Dashboard.Data.Entities;
using Dashboard.Tests.Shared.Data;
using Dashboard.Web.Components.Account;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Account;

/// <summary>What the sign-in manager writes to the audit log, over the app's real Identity and cookie services.</summary>
public sealed class DashboardSignInManagerTests : IAsyncLifetime
{
    private const string ClientAddress = "203.0.113.5";

    private SqliteTestDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async ValueTask InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateSeededAsync(includeSampleData: false);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDashboardData(_database);
        services.AddDashboardAccounts(new AccountSeedOptions(DemoAccounts: true, null, null)).AddSignInManager<DashboardSignInManager>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddHttpContextAccessor();
        _services = services.BuildServiceProvider();
        await _services.SeedDashboardAccountsAsync();
    }

    [Fact]
    public async Task PasswordSignIn_RightPassword_AuditsTheSignInWithTheClientAddress()
    {
        await using var scope = RequestScope();

        var result = await SignInManager(scope).PasswordSignInAsync("leader", AccountSeeder.DemoPassword, false, lockoutOnFailure: true);

        Assert.True(result.Succeeded);
        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal((AuditActions.SignIn, "leader", ClientAddress, (string?)null), (entry.Action, entry.ActorName, entry.ClientAddress, entry.Details));
        Assert.NotNull(entry.ActorId);
    }

    [Fact]
    public async Task PasswordSignIn_UnknownUser_AuditsTheNameTried()
    {
        await using var scope = RequestScope();

        await SignInManager(scope).PasswordSignInAsync("nobody", "whatever-it-is", false, lockoutOnFailure: true);

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal((AuditActions.SignInFailed, (string?)null, "nobody", SignInFailures.UnknownUser), (entry.Action, entry.ActorId, entry.ActorName, entry.Details));
    }

    [Fact]
    public async Task PasswordSignIn_SixWrongPasswords_FiveFailuresOneLockoutThenALockedFailure()
    {
        await using var scope = RequestScope();
        var signIn = SignInManager(scope);

        for (var attempt = 0; attempt < 6; attempt++)
        {
            await signIn.PasswordSignInAsync("staff", "wrong-password", false, lockoutOnFailure: true);
        }

        var entries = await EntriesAsync();
        Assert.Equal(
            [
                .. Enumerable.Repeat((AuditActions.SignInFailed, (string?)SignInFailures.WrongPassword), 5),
                (AuditActions.LockedOut, null),
                (AuditActions.SignInFailed, SignInFailures.LockedOut),
            ],
            entries.Select(e => (e.Action, e.Details)));
    }

    [Fact]
    public async Task PasswordSignIn_DisabledAccount_AuditsNotAllowed()
    {
        await using (var setup = _services.CreateAsyncScope())
        {
            var users = setup.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
            var staff = (await users.FindByNameAsync("staff"))!;
            staff.IsDisabled = true;
            await users.UpdateAsync(staff);
        }
        await using var scope = RequestScope();

        var result = await SignInManager(scope).PasswordSignInAsync("staff", AccountSeeder.DemoPassword, false, lockoutOnFailure: true);

        Assert.True(result.IsNotAllowed);
        Assert.Equal(SignInFailures.NotAllowed, Assert.Single(await EntriesAsync()).Details);
    }

    [Fact]
    public async Task SignOut_SignedIn_AuditsWhoSignedOut()
    {
        await using var scope = RequestScope();
        var signIn = SignInManager(scope);
        var leader = (await signIn.UserManager.FindByNameAsync("leader"))!;
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext!.User = await signIn.CreateUserPrincipalAsync(leader);

        await signIn.SignOutAsync();

        var entry = Assert.Single(await EntriesAsync());
        Assert.Equal((AuditActions.SignOut, leader.Id, "leader", ClientAddress), (entry.Action, entry.ActorId, entry.ActorName, entry.ClientAddress));
    }

    /// <summary>A scope standing for one request from <see cref="ClientAddress"/>.</summary>
    private AsyncServiceScope RequestScope()
    {
        var scope = _services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Connection.RemoteIpAddress = IPAddress.Parse(ClientAddress);
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = context;
        return scope;
    }

    private static SignInManager<DashboardUser> SignInManager(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<SignInManager<DashboardUser>>();

    private async Task<List<AuditEntry>> EntriesAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.AuditEntries.OrderBy(e => e.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }
}
