using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// A chart dashboard: queried once while prerendering, handed to the interactive render through persistent
/// component state (not queried again), and mapped to charts in the reader's culture.
/// </summary>
public abstract class DashboardPage<TData> : ComponentBase where TData : class
{
    [PersistentState]
    public TData? Data { get; set; }

    protected IReadOnlyList<DashboardChart>? Charts { get; set; }

    protected abstract Task<TData> QueryAsync();

    protected abstract IReadOnlyList<DashboardChart> MapCharts(TData data);

    protected override async Task OnInitializedAsync()
    {
        Data ??= await QueryAsync();
        Charts = MapCharts(Data);
    }
}
