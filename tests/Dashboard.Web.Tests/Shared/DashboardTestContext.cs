using System.Globalization;
using Dashboard.Data;
using Dashboard.Data.Queries;
using Dashboard.Tests.Shared.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MudBlazor;
using MudBlazor.Services;

namespace Dashboard.Web.Tests.Shared;

/// <summary>
/// Hosts MudBlazor once for every component test: no transitions, no popover-provider check, and loose
/// JS interop for MudBlazor's own calls. Pages query a real in-memory SQLite database through the real query services.
/// </summary>
public abstract class DashboardTestContext : BunitContext
{
    protected DashboardTestContext(string culture = "zh-CN")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.PopoverOptions.CheckForPopoverProvider = false;
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
        });
        Services.AddLocalization();
        Services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
    }

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

    /// <summary>Registers the query services over <paramref name="database"/>.</summary>
    protected void UseDatabase(SqliteTestDatabase database)
    {
        Services.AddSingleton<IDbContextFactory<DashboardDbContext>>(database);
        Services.AddSingleton<OverviewQueries>();
        Services.AddSingleton<IndicatorQueries>();
    }
}
