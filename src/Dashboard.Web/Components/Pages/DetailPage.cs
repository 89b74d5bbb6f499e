using Dashboard.Web.Components.Account;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

/// <summary>A drill-down page about one record, named by the id in its route; an id naming no record shows a notice.</summary>
public abstract class DetailPage<TDetail> : DrillPage where TDetail : class
{
    [Parameter]
    public string? Id { get; set; }

    /// <summary>Only while prerendering: then an id naming no record answers 404 as well as showing the notice.</summary>
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [Inject]
    public required ActionAuthorization Authorization { get; init; }

    protected TDetail? Detail { get; private set; }

    /// <summary>Staff and admins: a real record's page, and each real row of its tables, offer an edit.</summary>
    protected bool CanEdit { get; private set; }

    /// <summary>False until the first look-up has finished, so "not found" never flashes.</summary>
    protected bool Loaded { get; private set; }

    protected abstract Task<TDetail?> GetAsync(int id);

    protected override async Task LoadAsync()
    {
        Detail = RecordIds.Parse(Id) is { } id ? await GetAsync(id) : null;
        CanEdit = await Authorization.AllowsAsync(DashboardPolicies.Editor);
        Loaded = true;
        if (Detail is null && HttpContext is { Response.HasStarted: false } http)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
        }
        await LoadRowsAsync();
    }

    /// <summary>Reloads any list of the record's rows under the new filter.</summary>
    protected virtual Task LoadRowsAsync() => Task.CompletedTask;
}
