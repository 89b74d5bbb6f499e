using Dashboard.Data.Accounts;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// 账户管理: every account, a form to create one, and a panel to change one. The page only asks
/// <see cref="AccountAdministration"/>, which checks again on every action that the caller is still an active admin.
/// </summary>
public sealed partial class Accounts
{
    // MudSelect shows no text for an empty value, so "no 市州" travels as this and becomes null on the way to the service.
    private const string WholeProvince = "-";

    private IReadOnlyList<AccountRow>? _accounts;
    private IReadOnlyList<FilterOption> _regions = [];
    private (Severity Severity, string Text)? _message;
    private AccountInput _new = new();
    private AccountInput _edit = new();
    private AccountRow? _selected;

    [Inject]
    public required AccountAdministration Administration { get; init; }

    [Inject]
    public required ReferenceQueries References { get; init; }

    [Inject]
    public required ClientAddress ClientAddress { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Admin> Loc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Account> AccountLoc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _regions = (await References.GetFilterVocabularyAsync()).Regions;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var accounts = await Administration.ListAsync(await CallerAsync());
        if (accounts is null)
        {
            (_accounts, _selected) = ([], null);
            _message = (Severity.Error, Loc[nameof(Resources.Admin.Problem_NotAdmin)]);
            return;
        }
        _accounts = accounts;
        _selected = _selected is null ? null : accounts.FirstOrDefault(a => a.Id == _selected.Id);
    }

    private async Task<AccountCaller> CallerAsync() => new((await AuthenticationState).User, ClientAddress.Value);

    private async Task CreateAsync()
    {
        if (string.IsNullOrWhiteSpace(_new.UserName) || string.IsNullOrEmpty(_new.Password))
        {
            _message = (Severity.Error, Loc[string.IsNullOrWhiteSpace(_new.UserName) ? nameof(Resources.Admin.UserNameRequired) : nameof(Resources.Admin.PasswordRequired)]);
            return;
        }
        var userName = _new.UserName.Trim();
        var result = await Administration.CreateAsync(await CallerAsync(), new NewAccount(userName, _new.Password, _new.Role, RegionCode(_new.Region)));
        // A refused account keeps everything typed, so the admin corrects one field and tries again.
        if (await ReportAsync(result, userName, nameof(Resources.Admin.Created)))
        {
            _new = new();
        }
    }

    private void Select(AccountRow account)
    {
        _selected = account;
        _edit = new AccountInput { Role = account.Role ?? DashboardRoles.Staff, Region = account.RegionCode ?? WholeProvince };
    }

    private async Task SaveRoleAndRegionAsync()
    {
        if (_selected is not { } account)
        {
            return;
        }
        var caller = await CallerAsync();
        var result = await Administration.ChangeRoleAsync(caller, account.Id, _edit.Role);
        if (result.Succeeded)
        {
            result = await Administration.ChangeRegionAsync(caller, account.Id, RegionCode(_edit.Region));
        }
        await ReportAsync(result, account.UserName, nameof(Resources.Admin.Saved));
    }

    private async Task ResetPasswordAsync()
    {
        if (_selected is not { } account)
        {
            return;
        }
        if (string.IsNullOrEmpty(_edit.Password))
        {
            _message = (Severity.Error, Loc[nameof(Resources.Admin.PasswordRequired)]);
            return;
        }
        if (await ReportAsync(await Administration.ResetPasswordAsync(await CallerAsync(), account.Id, _edit.Password), account.UserName, nameof(Resources.Admin.PasswordWasReset)))
        {
            _edit.Password = "";
        }
    }

    private async Task SetDisabledAsync(bool disabled)
    {
        if (_selected is { } account)
        {
            await ReportAsync(await Administration.SetDisabledAsync(await CallerAsync(), account.Id, disabled), account.UserName,
                disabled ? nameof(Resources.Admin.WasDisabled) : nameof(Resources.Admin.WasEnabled));
        }
    }

    private async Task UnlockAsync()
    {
        if (_selected is { } account)
        {
            await ReportAsync(await Administration.UnlockAsync(await CallerAsync(), account.Id), account.UserName, nameof(Resources.Admin.WasUnlocked));
        }
    }

    /// <summary>Says what happened, in the page's words, and reloads the accounts; true if the change was made.</summary>
    private async Task<bool> ReportAsync(AccountResult result, string userName, string successKey)
    {
        _message = result.Succeeded
            ? (Severity.Success, Loc[successKey, userName])
            : (Severity.Error, Describe(result, userName));
        await LoadAsync();
        return result.Succeeded;
    }

    private string Describe(AccountResult result, string userName) => result.Problem switch
    {
        AccountProblem.Rejected => string.Join(" ", result.Errors.Select(e => Describe(e, userName))),
        var problem => Loc[$"Problem_{problem}"],
    };

    private string Describe(IdentityError error, string userName)
        => Loc[$"Error_{error.Code}", userName] is { ResourceNotFound: false } known ? known : Loc[nameof(Resources.Admin.Error_Other), error.Description];

    private static string? RegionCode(string? region) => region is null or WholeProvince ? null : region;

    private string RoleName(string? role) => role is null ? "" : AccountLoc[$"Role_{role}"];

    private string RegionName(string? code)
        => _regions.FirstOrDefault(r => r.Code == code) is { } region
            ? DashboardCultures.Pick(region.NameZh, region.NameEn)
            : code is null or WholeProvince ? Loc[nameof(Resources.Admin.WholeProvince)] : code;

    private string Status(AccountRow account) => Loc[account.IsDisabled ? nameof(Resources.Admin.StatusDisabled) : nameof(Resources.Admin.StatusActive)];

    private Task<ExportTable> ExportAsync()
    {
        var columns = new (string Header, Func<AccountRow, ExportCell> Cell)[]
        {
            (nameof(Resources.Admin.ColUserName), a => a.UserName),
            (nameof(Resources.Admin.ColRole), a => RoleName(a.Role)),
            (nameof(Resources.Admin.ColRegion), a => RegionName(a.RegionCode)),
            (nameof(Resources.Admin.ColStatus), a => Status(a)),
            (nameof(Resources.Admin.ColLockedOutUntil), a => BeijingTime.Format(a.LockedOutUntil?.UtcDateTime)),
            (nameof(Resources.Admin.ColLastSignIn), a => BeijingTime.Format(a.LastSignInUtc)),
        };
        return Task.FromResult(new ExportTable(Loc[nameof(Resources.Admin.AccountsTitle)], [.. columns.Select(c => Loc[c.Header].Value)],
            [.. (_accounts ?? []).Select(a => (IReadOnlyList<ExportCell>)[.. columns.Select(c => c.Cell(a))])]));
    }

    private sealed class AccountInput
    {
        public string? UserName { get; set; }
        public string? Password { get; set; }
        public string Role { get; set; } = DashboardRoles.Staff;
        public string Region { get; set; } = WholeProvince;
    }
}
