using System.ComponentModel.DataAnnotations;
using Dashboard.Data.Accounts;
using Dashboard.Data.Entities;
using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Account.Pages;

public sealed partial class SignIn
{
    private string? _message;
    private IReadOnlyList<(string UserName, string Description)>? _demoAccounts;

    [Inject]
    public required SignInManager<DashboardUser> SignInManager { get; init; }

    [Inject]
    public required AccountStatus AccountStatus { get; init; }

    [Inject]
    public required IWebHostEnvironment Environment { get; init; }

    [Inject]
    public required ReferenceQueries References { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Account> Loc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    [SupplyParameterFromForm]
    private InputModel Input { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    protected override async Task OnInitializedAsync()
    {
        Input ??= new();
        if (Environment.IsDevelopment())
        {
            var regions = (await References.GetFilterVocabularyAsync()).Regions;
            _demoAccounts = [.. AccountSeeder.DemoAccounts.Select(a => (a.UserName, Describe(a.Role, a.RegionCode, regions)))];
        }
    }

    private async Task SignInAsync()
    {
        // Lockout is on: Identity's template signs in with lockoutOnFailure: false, which lets guessing go on for ever.
        var result = await SignInManager.PasswordSignInAsync(Input.UserName, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            Navigation.NavigateTo(DashboardUrls.IsLocal(ReturnUrl) ? ReturnUrl : DashboardUrls.OverviewPath);
            return;
        }
        _message = result.IsLockedOut ? Loc[nameof(Resources.Account.LockedOut)]
            : result.IsNotAllowed ? Loc[nameof(Resources.Account.NotAllowed)]
            : Loc[nameof(Resources.Account.InvalidCredentials)];
    }

    private string Describe(string role, string? regionCode, IReadOnlyList<FilterOption> regions)
    {
        string roleName = Loc[$"Role_{role}"];
        if (regions.FirstOrDefault(r => r.Code == regionCode) is not { } region)
        {
            return roleName;
        }
        return Loc[nameof(Resources.Account.DemoAccountBound), roleName, DashboardCultures.Pick(region.NameZh, region.NameEn)];
    }

    private sealed class InputModel
    {
        [Required(ErrorMessageResourceType = typeof(Resources.Account), ErrorMessageResourceName = nameof(Resources.Account.UserNameRequired))]
        public string UserName { get; set; } = "";

        [Required(ErrorMessageResourceType = typeof(Resources.Account), ErrorMessageResourceName = nameof(Resources.Account.PasswordRequired))]
        public string Password { get; set; } = "";
    }
}
