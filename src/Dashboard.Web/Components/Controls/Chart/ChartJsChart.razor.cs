using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Dashboard.Web.Components.Controls.Chart;

/// <summary>Draws a <see cref="ChartSpec"/> with Chart.js through the js/charts.js module.</summary>
public sealed partial class ChartJsChart : IAsyncDisposable
{
    private ElementReference _canvas;
    private IJSObjectReference? _module;
    private DotNetObjectReference<ClickRelay>? _clickRelay;
    private ChartSpec? _drawnSpec;
    private Task _drawing = Task.CompletedTask;
    private bool _disposed;

    [Inject]
    public required IJSRuntime JS { get; init; }

    /// <summary>What to draw. A new instance redraws the existing chart in place; it is re-created only when its shape changes.</summary>
    [Parameter, EditorRequired]
    public required ChartSpec Spec { get; set; }

    /// <summary>Raised when the reader clicks a bar, point or slice of a series (not a target line).</summary>
    [Parameter]
    public EventCallback<ChartClick> OnClick { get; set; }

    /// <summary>Height of the drawing area in CSS pixels; the width follows the container.</summary>
    [Parameter]
    public int Height { get; set; } = 300;

    /// <summary>The canvas's accessible name.</summary>
    [Parameter]
    public string? Label { get; set; }

    // Renders can come while the module loads or a draw is on its way; each waits for the one before, and a spec
    // that changed meanwhile is drawn when its turn comes rather than lost.
    protected override Task OnAfterRenderAsync(bool firstRender) => _drawing = DrawAfterAsync(_drawing);

    private async Task DrawAfterAsync(Task previous)
    {
        await previous;
        var spec = Spec;
        if (_disposed || ReferenceEquals(_drawnSpec, spec))
        {
            return;
        }
        if (_module is null)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/charts.js");
            _clickRelay = DotNetObjectReference.Create(new ClickRelay(this));
        }
        if (_disposed)
        {
            // Disposed while the module loaded: DisposeAsync found nothing to destroy, so nothing is drawn.
            await JSInteropHelpers.SafeDisposeAsync(_module);
            return;
        }
        await _module.InvokeVoidAsync(_drawnSpec is null ? "create" : "update", _canvas, new ChartSpecArgument(spec), _clickRelay);
        _drawnSpec = spec;
    }
    private Task RaiseClickAsync(int seriesIndex, int index)
    {
        // Chart.js reports indexes; the spec on screen names them. A stale index from a redraw is ignored.
        if (seriesIndex < 0 || seriesIndex >= Spec.Series.Count || index < 0 || index >= Spec.Labels.Count)
        {
            return Task.CompletedTask;
        }
        return OnClick.InvokeAsync(new ChartClick(seriesIndex, Spec.Series[seriesIndex].Label, index, Spec.Labels[index]));
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("destroy", _canvas);
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone and the canvas with it.
            }
        }
        await JSInteropHelpers.SafeDisposeAsync(_module);
        _clickRelay?.Dispose();
    }

    private sealed class ClickRelay(ChartJsChart chart)
    {
        [JSInvokable]
        public Task OnChartClick(int seriesIndex, int index) => chart.RaiseClickAsync(seriesIndex, index);
    }
}
