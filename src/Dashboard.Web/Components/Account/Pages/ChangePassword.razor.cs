using System.ComponentModel.DataAnnotations;
using Dashboard.Data.Audit;
using Dashboard.Data.Entities;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Account.Pages;

public sealed partial class ChangePassword
{
    private IReadOnlyList<string>? _errors;
    private bool _changed;

    [Inject]
    public required UserManager<DashboardUser> UserManager { get; init; }

    [Inject]
    public required SignInManager<DashboardUser> SignInManager { get; init; }

    [Inject]
    public required AuditLog Audit { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Account> Loc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    [CascadingParameter]
    public required HttpContext HttpContext { get; set; }

    [SupplyParameterFromForm]
    private InputModel Input { get; set; } = default!;

    protected override void OnInitialized() => Input ??= new();

    private async Task ChangeAsync()
    {
        // The fallback policy lets only signed-in users reach this page, and the cookie names an existing user.
        var user = await UserManager.GetUserAsync(HttpContext.User) ?? throw new InvalidOperationException("The signed-in user no longer exists.");
        var result = await UserManager.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            _errors = [.. result.Errors.Select(Describe)];
            return;
        }
        await Audit.WriteAsync(new AuditEvent(AuditActions.PasswordChanged,
            new AuditActor(user.Id, user.UserName, HttpContext.Connection.RemoteIpAddress?.ToString())));
        // The new security stamp would sign this browser out at its next check; a fresh cookie carries it.
        await SignInManager.RefreshSignInAsync(user);
        _changed = true;
        Input = new();
    }

    private string Describe(IdentityError error)
        => Loc[$"Error_{error.Code}"] is { ResourceNotFound: false } known ? known : Loc[nameof(Resources.Account.Error_Other), error.Description];

    private sealed class InputModel
    {
        [Required(ErrorMessageResourceType = typeof(Resources.Account), ErrorMessageResourceName = nameof(Resources.Account.CurrentPasswordRequired))]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessageResourceType = typeof(Resources.Account), ErrorMessageResourceName = nameof(Resources.Account.NewPasswordRequired))]
        public string NewPassword { get; set; } = "";

        [Compare(nameof(NewPassword), ErrorMessageResourceType = typeof(Resources.Account), ErrorMessageResourceName = nameof(Resources.Account.PasswordsDiffer))]
        public string ConfirmPassword { get; set; } = "";
    }
}
