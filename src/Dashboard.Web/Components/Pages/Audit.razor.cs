using System.Globalization;
using Dashboard.Data.Accounts;
using Dashboard.Data.Audit;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
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

    [SupplyParameterFromQuery(Name = AuditQuery.Actor)]
    public string? Actor { get; set; }

    [SupplyParameterFromQuery(Name = AuditQuery.Action)]
    public string? Action { get; set; }

    [SupplyParameterFromQuery(Name = AuditQuery.FromDate)]
    public string? From { get; set; }

    [SupplyParameterFromQuery(Name = AuditQuery.ToDate)]
    public string? To { get; set; }

    private ServerList<AuditRow> Rows => _rows ??= ServerLists.InUrl(Navigation, FetchAsync, StateHasChanged);

    protected override async Task OnParametersSetAsync()
    {
        if (_regions.Count == 0)
        {
            _regions = (await References.GetFilterVocabularyAsync()).Regions;
        }
        var query = AuditQuery.Read(Actor, Action, From, To);
        (_filter, _from, _to) = (query.Filter, query.From, query.To);
        _dropped = [.. query.Dropped.Select(d => Loc[d.Parameter == AuditQuery.Action ? nameof(Resources.Admin.UnknownAction) : nameof(Resources.Admin.BadDate), d.Value].Value)];
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
            from is null ? _from : AuditQuery.ParseDate(from),
            to is null ? _to : AuditQuery.ParseDate(to)));

    // Until the 市州 have loaded, a changed region shows its code.
    private AuditText Text => new(Loc, AccountLoc, _regions);

    private static string? DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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

}
