using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Components.Account;

/// <summary>
/// Asks a policy for the reader as they are now, at each server-side action (an export; later an import or an
/// edit), not only when the page opened: the account's state is revalidated every minute, so an account disabled
/// or changed by an admin is refused from then on.
/// </summary>
public sealed class ActionAuthorization(AuthenticationStateProvider authentication, IAuthorizationService authorization)
{
    public async Task<bool> AllowsAsync(string policy)
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return (await authorization.AuthorizeAsync(user, policy)).Succeeded;
    }
}
