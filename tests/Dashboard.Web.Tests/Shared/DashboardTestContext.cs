using System.Globalization;
using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Data.Seeding;
using Dashboard.Tests.Shared;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Dashboard.Web.Components.Controls.Chart;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Dashboard.Web.Extensions;
using Dashboard.Data.Accounts;
using Dashboard.Web.Components.Account;

namespace Dashboard.Web.Tests.Shared;

/// <summary>
/// Hosts MudBlazor once for every component test: no transitions, no popover-provider check, and loose
/// JS interop for MudBlazor's own calls. Pages query a real in-memory SQLite database through the real query services.
/// </summary>
public abstract class DashboardTestContext : BunitContext
{
    // bUnit waits one second by default; CI runs the browser tests beside these on two cores, where a render that
    // waits on a database can take longer. A wait that succeeds returns at once, so a long limit costs nothing.
    static DashboardTestContext() => DefaultWaitTimeout = TimeSpan.FromSeconds(15);

    protected DashboardTestContext(string culture = "zh-CN")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddDashboardUi(options =>
        {
            options.PopoverOptions.CheckForPopoverProvider = false;
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
        });
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Authorization = AddAuthorization();
        Authorization.SetAuthorized("leader");
        Authorization.SetRoles(DashboardRoles.Leader);
        Authorization.SetPolicies(DashboardPolicies.Reader);
        Services.AddScoped<ActionAuthorization>();
        Services.AddHttpContextAccessor();
        Services.AddScoped<ClientAddress>();
    }

    /// <summary>The reader the components see: <c>leader</c>, who may do what a reader may, unless a test says otherwise.</summary>
    protected Bunit.TestDoubles.BunitAuthorizationContext Authorization { get; }

    /// <summary>
    /// The chart module with strict interop: only create, update and destroy are allowed, so an unexpected
    /// chart call fails the test while MudBlazor's own calls stay loose.
    /// </summary>
    protected BunitJSModuleInterop SetupChartModule()
    {
        var module = JSInterop.SetupModule("./js/charts.js");
        module.Mode = JSRuntimeMode.Strict;
        module.SetupVoid("create", _ => true).SetVoidResult();
        module.SetupVoid("update", _ => true).SetVoidResult();
        module.SetupVoid("destroy", _ => true).SetVoidResult();
        return module;
    }

    /// <summary>The spec last sent to the chart module for the chart panel with <paramref name="key"/>.</summary>
    protected static ChartSpec SpecOf<TComponent>(IRenderedComponent<TComponent> cut, BunitJSModuleInterop module, string key)
        where TComponent : IComponent
        => SpecDrawnOn(module, CanvasOf(cut, key));

    /// <summary>
    /// The id the chart module knows a panel's canvas by. Take it before re-rendering: bUnit leaves the
    /// element-reference attribute empty in later renders.
    /// </summary>
    protected static string CanvasOf<TComponent>(IRenderedComponent<TComponent> cut, string key)
        where TComponent : IComponent
        => cut.Find($"[data-chart='{key}'] canvas").GetAttribute("blazor:elementreference")!;

    protected static ChartSpec SpecDrawnOn(BunitJSModuleInterop module, string canvasId)
        => ((ChartSpecArgument)module.Invocations.Last(i => i.Identifier is "create" or "update" && ((ElementReference)i.Arguments[0]!).Id == canvasId).Arguments[1]!).Spec;

    /// <summary>Clicks a chart's bar as Chart.js reports it: through the click relay handed to the module's create call.</summary>
    protected static Task ClickChartAsync(BunitJSModuleInterop module, string canvasId, int seriesIndex, int index)
        => InvokeClickRelayAsync(module.Invocations.First(i => i.Identifier == "create" && ((ElementReference)i.Arguments[0]!).Id == canvasId).Arguments[2]!, seriesIndex, index);

    protected static Task InvokeClickRelayAsync(object relay, int seriesIndex, int index)
    {
        var target = relay.GetType().GetProperty("Value")!.GetValue(relay)!;
        return (Task)target.GetType().GetMethod("OnChartClick")!.Invoke(target, [seriesIndex, index])!;
    }

    /// <summary>The test's navigation manager: set a URL before rendering, read the one a page went to.</summary>
    protected Bunit.TestDoubles.BunitNavigationManager Navigation => Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>();

    /// <summary>Registers the app's query services, as the app does, over <paramref name="database"/> for a reader of <paramref name="scope"/>.</summary>
    protected void UseDatabase(SqliteTestDatabase database, RecordScope? scope = null) => Services.AddDashboardData(database, scope);
}
