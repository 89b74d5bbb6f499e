using System.Text.Json;
using Dashboard.Web.Components.Controls.Chart;
using Dashboard.Web.Tests.Shared;
using Microsoft.JSInterop;

namespace Dashboard.Web.Tests.Controls.Chart;

public sealed class ChartJsChartTests : DashboardTestContext
{
    private static readonly ChartSpec s_spec = new(ChartKind.Bar, ["2023", "2024"],
        [new ChartSeries("竞赛", [34, 35], ["34个", "35个"])])
    {
        TargetLines = [new ChartTargetLine("目标", 30, "不少于30个/年")],
    };

    [Fact]
    public void Render_FirstTime_CreatesTheChartWithTheSpec()
    {
        var module = SetupChartModule();

        var cut = Render<ChartJsChart>(p => p.Add(c => c.Spec, s_spec));

        var create = Assert.Single(module.Invocations, i => i.Identifier == "create");
        Assert.Same(s_spec, ((ChartSpecArgument)create.Arguments[1]!).Spec);
        Assert.NotNull(cut.Find("canvas"));
    }

    [Fact]
    public void Serialize_AsJSInteropDoes_SameJsonAsTheSpecItself()
    {
        // JS interop's own options name properties in camel case (its converters are for the circuit's references).
        var interop = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        var spec = s_spec with { SecondaryAxis = new ChartAxis { Title = "亿元", Scale = ChartScale.Logarithmic, Ticks = [new ChartTick(1, "1")] } };

        var json = JsonSerializer.Serialize(new ChartSpecArgument(spec), interop);

        Assert.Equal(JsonSerializer.Serialize(spec, interop), json);
        Assert.Contains("\"kind\":\"Bar\"", json);
        Assert.Contains("\"scale\":\"Logarithmic\"", json);
    }

    [Fact]
    public void Render_NewSpec_UpdatesTheExistingChartInsteadOfCreatingAnother()
    {
        var module = SetupChartModule();
        var cut = Render<ChartJsChart>(p => p.Add(c => c.Spec, s_spec));
        var next = s_spec with { Labels = ["2024", "2025"] };

        cut.Render(p => p.Add(c => c.Spec, next));

        Assert.Single(module.Invocations, i => i.Identifier == "create");
        var update = Assert.Single(module.Invocations, i => i.Identifier == "update");
        Assert.Same(next, ((ChartSpecArgument)update.Arguments[1]!).Spec);
    }

    [Fact]
    public async Task Render_SpecChangesWhileTheFirstDrawIsUnderway_TheNewSpecIsDrawnAfterIt()
    {
        var module = JSInterop.SetupModule("./js/charts.js");
        module.Mode = JSRuntimeMode.Strict;
        var create = module.SetupVoid("create", _ => true);
        module.SetupVoid("update", _ => true).SetVoidResult();
        var cut = Render<ChartJsChart>(p => p.Add(c => c.Spec, s_spec));
        var next = s_spec with { Labels = ["2024", "2025"] };

        cut.Render(p => p.Add(c => c.Spec, next));
        Assert.DoesNotContain(module.Invocations, i => i.Identifier == "update");
        await cut.InvokeAsync(() => create.SetVoidResult());

        // The draw that waited runs once the first completes; it renders nothing, so it is awaited as a state, not a render.
        // The invocations are read on the renderer's thread, where the draw adds to them: a read beside it could fail.
        var deadline = DateTime.UtcNow + DefaultWaitTimeout;
        while (!await cut.InvokeAsync(() => module.Invocations.Any(i => i.Identifier == "update")) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10, Xunit.TestContext.Current.CancellationToken);
        }
        Assert.Same(next, ((ChartSpecArgument)Assert.Single(module.Invocations, i => i.Identifier == "update").Arguments[1]!).Spec);
    }

    [Fact]
    public async Task Dispose_WhileTheFirstDrawIsUnderway_DestroysAndDrawsNothingMore()
    {
        var module = JSInterop.SetupModule("./js/charts.js");
        module.Mode = JSRuntimeMode.Strict;
        var create = module.SetupVoid("create", _ => true);
        module.SetupVoid("destroy", _ => true).SetVoidResult();
        var cut = Render<ChartJsChart>(p => p.Add(c => c.Spec, s_spec));
        cut.Render(p => p.Add(c => c.Spec, s_spec with { Labels = ["2025"] }));

        await cut.Instance.DisposeAsync();
        await cut.InvokeAsync(() => create.SetVoidResult());

        Assert.Single(module.Invocations, i => i.Identifier == "destroy");
        Assert.DoesNotContain(module.Invocations, i => i.Identifier == "update");
    }

    [Fact]
    public async Task ChartClick_OnABar_RaisesClickWithSeriesIndexAndLabel()
    {
        var module = SetupChartModule();
        ChartClick? clicked = null;
        Render<ChartJsChart>(p => p.Add(c => c.Spec, s_spec).Add(c => c.OnClick, (ChartClick click) => clicked = click));
        var relay = module.Invocations.Single(i => i.Identifier == "create").Arguments[2]!;

        await InvokeClickRelayAsync(relay, seriesIndex: 0, index: 1);

        Assert.Equal(new ChartClick(0, "竞赛", 1, "2024"), clicked);
    }

    [Fact]
    public async Task ChartClick_IndexOutsideTheSpec_IsIgnored()
    {
        var module = SetupChartModule();
        var clicks = 0;
        Render<ChartJsChart>(p => p.Add(c => c.Spec, s_spec).Add(c => c.OnClick, (ChartClick _) => clicks++));
        var relay = module.Invocations.Single(i => i.Identifier == "create").Arguments[2]!;

        await InvokeClickRelayAsync(relay, seriesIndex: 1, index: 0);

        Assert.Equal(0, clicks);
    }

    [Fact]
    public async Task Dispose_DestroysTheChart()
    {
        var module = SetupChartModule();
        var cut = Render<ChartJsChart>(p => p.Add(c => c.Spec, s_spec));

        await cut.Instance.DisposeAsync();

        Assert.Single(module.Invocations, i => i.Identifier == "destroy");
    }

    [Fact]
    public async Task Dispose_AfterTheCircuitDropped_DoesNotThrow()
    {
        var module = SetupChartModule();
        var cut = Render<ChartJsChart>(p => p.Add(c => c.Spec, s_spec));
        module.SetupVoid("destroy", _ => true).SetException(new JSDisconnectedException("gone"));

        var error = await Record.ExceptionAsync(() => cut.Instance.DisposeAsync().AsTask());

        Assert.Null(error);
    }
}
