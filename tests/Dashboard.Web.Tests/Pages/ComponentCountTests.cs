using Dashboard.Data;
using Dashboard.Data.Changes;
using Dashboard.Web.Components.Layout;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Model;
using Dashboard.Web.Tests.Shared;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Pages;

/// <summary>
/// Every live component keeps its last render tree, about 3 KB of server memory per open page each, so a
/// dashboard's count inside the layout is held under a budget: a change that adds many fails here first.
/// </summary>
public sealed class ComponentCountTests : PageTestContext
{
    public ComponentCountTests() => Services.AddSingleton<IRecordChangeNotifier>(new InProcessRecordChangeNotifier());

    protected override void AddRecords(DashboardDbContext db) => TestRecords.AddCompetitionsWithEntries(db);

    [Theory]
    // 26 November 2026: 60, 65, 67, 62 (from 311, 307, 300, 297 that morning, 425, 398, 376, 378 before): MudBlazor's
    // display-only components, data grid, switches, buttons, alerts and closed selects are their markup; export menus,
    // filter selects and tooltips are made only when first used.
    [InlineData(typeof(Overview), "[data-kpi='studios']", 70)]
    [InlineData(typeof(Tiers), "[data-chart='tier-pyramid'] canvas", 75)]
    [InlineData(typeof(Competitions), "[data-chart='competitions-conference'] canvas", 75)]
    [InlineData(typeof(Innovation), "[data-chart='innovation-staff'] canvas", 70)]
    public void Render_DashboardInLayout_KeepsFewComponentsAlive(Type page, string drawn, int budget)
    {
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var cut = Render<MainLayout>(parameters => parameters
            .AddCascadingValue(new ShellState(ThemePreference.Light, DataAsOf: "2025-05", SeedError: null))
            .Add(p => p.Body, builder =>
            {
                builder.OpenComponent(0, page);
                builder.CloseComponent();
            }));
        cut.WaitForElement(drawn);
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid='published-figures'] tbody tr")));

        var components = cut.FindComponents<IComponent>();

        var byType = components.GroupBy(c => c.Instance.GetType().Name).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        Assert.True(components.Count <= budget, $"{page.Name}: {components.Count} components, over {budget}: {string.Join(", ", byType)}");
    }
}
