using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Dashboard.Web.Utils;

/// <summary>
/// Saves files and prints through the js/downloads.js module, imported on first use so pages that never
/// export never load it. The component that creates one disposes it.
/// </summary>
public sealed class FileDownloads(IJSRuntime js) : IAsyncDisposable
{
    private const string ModulePath = "./js/downloads.js";

    private IJSObjectReference? _module;

    public async Task DownloadAsync(string fileName, string contentType, byte[] content)
    {
        var module = await GetModuleAsync();
        using var streamRef = new DotNetStreamReference(new MemoryStream(content));
        await module.InvokeVoidAsync("downloadFile", fileName, contentType, streamRef);
    }

    /// <summary>Saves the canvas inside <paramref name="container"/> as a PNG on a white background.</summary>
    /// <param name="caption">Lines drawn above the chart, the first as its title.</param>
    public async Task DownloadCanvasPngAsync(ElementReference container, string fileName, IReadOnlyList<string> caption)
    {
        var module = await GetModuleAsync();
        await module.InvokeVoidAsync("downloadCanvasPng", container, fileName, caption);
    }

    public async Task PrintAsync()
    {
        var module = await GetModuleAsync();
        await module.InvokeVoidAsync("printPage");
    }

    private async ValueTask<IJSObjectReference> GetModuleAsync() =>
        _module ??= await js.InvokeAsync<IJSObjectReference>("import", ModulePath);

    public ValueTask DisposeAsync() => JSInteropHelpers.SafeDisposeAsync(_module);
}
