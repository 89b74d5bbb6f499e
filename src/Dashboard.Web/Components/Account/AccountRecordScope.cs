using Dashboard.Data.Accounts;
using Dashboard.Data.Queries;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Components.Account;

/// <summary>
/// The signed-in account's <see cref="RecordScope"/>, read from the authentication state the page or circuit holds.
/// Nobody signed in has no scope at all: a query asked for then is refused, never answered for the whole province.
/// </summary>
internal sealed class AccountRecordScope(AuthenticationStateProvider authentication) : IRecordScopeSource
{
    public async ValueTask<RecordScope> GetScopeAsync(CancellationToken cancellationToken = default)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return user.Identity?.IsAuthenticated == true
            ? DashboardClaimsPrincipalFactory.ScopeOf(user)
            : throw new UnauthorizedAccessException("Records are read only for a signed-in account.");
    }
}
