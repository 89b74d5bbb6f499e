using System.Globalization;
using Dashboard.Data.Accounts;
using Dashboard.Data.Audit;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// 审计日志: who did what, when and from where, newest first, paged in the database. Who, what and when are filtered
/// through the URL (<see cref="DashboardUrls.Audit"/>); the page, order and column filters through <see cref="ListQuery"/>.
/// </summary>
public sealed partial class Audit
{
    private const string AllActions = "";

    private ServerList<AuditRow>? _rows;
    private AuditFilter _filter = AuditFilter.All;
    private AuditFilter? _loaded;
    private DateOnly? _from;
    private DateOnly? _to;
    private List<string> _dropped = [];
    private bool _refused;
    private string? _reverted;
    private IReadOnlyList<FilterOption> _regions = [];

    [Inject]
    public required AuditQueries Queries { get; init; }

    [Inject]
    public required AccountAdministration Administration { get; init; }

    [Inject]
    public required ImportBatches Batches { get; init; }

    [Inject]
    public required ClientAddress ClientAddress { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Import> ImportLoc { get; init; }

    [CascadingParameter]
    public required Task<AuthenticationState> AuthenticationState { get; set; }

    [Inject]
    public required ReferenceQueries References { get; init; }

    [Inject]
    public required NavigationManager Navigation { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Admin> Loc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Account> AccountLoc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Lists> ListsLoc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    [SupplyParameterFromQuery(Name = "actor")]
    public string? Actor { get; set; }

    [SupplyParameterFromQuery(Name = "action")]
    public string? Action { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? From { get; set; }

    [SupplyParameterFromQuery(Name = "to")]
    public string? To { get; set; }

    private ServerList<AuditRow> Rows => _rows ??= ServerLists.InUrl(Navigation, FetchAsync, StateHasChanged);

    protected override async Task OnParametersSetAsync()
    {
        if (_regions.Count == 0)
        {
            _regions = (await References.GetFilterVocabularyAsync()).Regions;
        }
        _dropped = [];
        _from = ParseDate(From);
        _to = ParseDate(To);
        var action = Action is { Length: > 0 } && !AuditActions.All.Contains(Action) ? Drop(nameof(Resources.Admin.UnknownAction), Action) : Action;
        _filter = new AuditFilter(
            string.IsNullOrWhiteSpace(Actor) ? null : Actor.Trim(),
            string.IsNullOrEmpty(action) ? null : action,
            _from is { } from ? BeijingTime.StartOfDayUtc(from) : null,
            _to is { } to ? BeijingTime.StartOfDayUtc(to.AddDays(1)) : null);
        // The grid loads itself on its first render; later a new filter reloads it.
        if (_loaded is not null && _loaded != _filter)
        {
            await Rows.ReloadAsync();
        }
    }

    // Each page and each export asks again: an admin demoted or disabled a moment ago reads no further.
    private async Task<PagedResult<AuditRow>> FetchAsync(ListRequest request, CancellationToken cancellationToken)
    {
        _loaded = _filter;
        _refused = !await Administration.IsActiveAdminAsync((await AuthenticationState).User);
        return _refused ? new PagedResult<AuditRow>([], 0) : await Queries.ListAsync(_filter, request, cancellationToken);
    }

    private void Apply(string? actor = null, string? action = null, string? from = null, string? to = null)
        => Navigation.NavigateTo(DashboardUrls.Audit(
            actor ?? _filter.Actor,
            action ?? _filter.Action,
            from is null ? _from : ParseDate(from),
            to is null ? _to : ParseDate(to)));

    private DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Drop(nameof(Resources.Admin.BadDate), text);
        return null;
    }

    private string? Drop(string key, string value)
    {
        _dropped.Add(Loc[key, value]);
        return null;
    }

    private static string? DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string ActionName(string? action)
        => string.IsNullOrEmpty(action) ? Loc[nameof(Resources.Admin.AllActions)]
            : Loc[$"Action_{action}"] is { ResourceNotFound: false } known ? known : action;

    /// <summary>The batch an import's or an edit's entry names ("#12"): what 撤销 on that line undoes.</summary>
    private static int? BatchOf(AuditRow row)
        => row.Action is AuditActions.ImportCommitted or AuditActions.RecordEdited
            && int.TryParse(row.Details?.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var batch) ? batch : null;

    /// <summary>Undoes an import or an edit from its line, as an admin, with the same refusals as on 数据导入.</summary>
    private async Task RevertAsync(int batchId)
    {
        var user = (await AuthenticationState).User;
        if (!await Administration.IsActiveAdminAsync(user))
        {
            _refused = true;
            return;
        }
        _reverted = await Batches.UndoAsync(batchId, ImportRequester.Of(user, ClientAddress.Value)) is { } refusal
            ? ImportLoc[$"Refusal_{refusal}"]
            : ImportLoc[nameof(Resources.Import.Undone), batchId];
        await Rows.ReloadAsync();
    }

    private string? Details(AuditRow row)
        => row.Details is null ? null : Loc[$"Failure_{row.Details}"] is { ResourceNotFound: false } known ? known : row.Details;

    /// <summary>"角色：工作人员 → 管理员" for each changed field; a new account lists its fields as created.</summary>
    private string Changes(AuditRow row)
    {
        var before = AuditLog.ReadFields(row.Before);
        var after = AuditLog.ReadFields(row.After);
        return string.Join("; ", after.Keys.Union(before.Keys).Select(field =>
        {
            var name = Loc[$"Field_{field}"] is { ResourceNotFound: false } known ? known.Value : field;
            var afterText = FieldValue(field, after.GetValueOrDefault(field));
            return before.ContainsKey(field) ? $"{name}: {FieldValue(field, before[field])} → {afterText}" : $"{name}: {afterText}";
        }));
    }

    private string FieldValue(string field, string? value) => field switch
    {
        AccountAdministration.RoleField => value is null ? "" : AccountLoc[$"Role_{value}"],
        AccountAdministration.RegionField => _regions.FirstOrDefault(r => r.Code == value) is { } region
            ? DashboardCultures.Pick(region.NameZh, region.NameEn)
            : value ?? Loc[nameof(Resources.Admin.WholeProvince)],
        AccountAdministration.DisabledField => Loc[value == "true" ? nameof(Resources.Admin.Yes) : nameof(Resources.Admin.No)],
        AccountAdministration.LockedOutUntilField => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var time)
            ? BeijingTime.Format(time)!
            : "-",
        _ => value ?? "",
    };

    private IReadOnlyList<ExportColumn<AuditRow>> ExportColumns =>
    [
        new(Loc[nameof(Resources.Admin.ColTime)], e => BeijingTime.Format(e.TimeUtc)),
        new(Loc[nameof(Resources.Admin.ColAction)], e => ActionName(e.Action)),
        new(Loc[nameof(Resources.Admin.ColActor)], e => e.ActorName),
        new(Loc[nameof(Resources.Admin.ColTarget)], e => e.TargetName),
        new(Loc[nameof(Resources.Admin.ColClient)], e => e.ClientAddress),
        new(Loc[nameof(Resources.Admin.ColChanges)], e => Changes(e)),
        new(Loc[nameof(Resources.Admin.ColDetails)], e => Details(e)),
    ];
}
