using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Dashboard.Web.Components.Controls;

/// <summary>A download menu: the table as CSV or Excel, and the drawing as a PNG when there is one.</summary>
public sealed partial class ExportMenu : IAsyncDisposable
{
    private FileDownloads? _downloads;

    [Inject]
    public required IJSRuntime JS { get; init; }

    /// <summary>Builds the table when the reader asks for a file, so an unused menu costs nothing (a list fetches all its rows then).</summary>
    [Parameter, EditorRequired]
    public required Func<Task<ExportTable>> Table { get; set; }

    /// <summary>The file name before the date and extension: "节创效益" gives "节创效益-20250601.csv".</summary>
    [Parameter, EditorRequired]
    public required string FileName { get; set; }

    /// <summary>The element holding the chart's canvas; offers 保存图片 PNG when set.</summary>
    [Parameter]
    public Func<ElementReference>? Image { get; set; }

    /// <summary>Lines written above the drawing in the PNG: its title, unit, 数据截至 and, for sample numbers, the 示例数据 mark.</summary>
    [Parameter]
    public IReadOnlyList<string> ImageCaption { get; set; } = [];

    private FileDownloads Downloads => _downloads ??= new FileDownloads(JS);

    private string FileNameFor(string extension) => ExportFormats.FileName(FileName, DateOnly.FromDateTime(DateTime.Now), extension);

    private async Task DownloadTableAsync(ExportFormat format) => await Downloads.DownloadAsync(
        FileNameFor(ExportFormats.Extension(format)), ExportFormats.ContentType(format), ExportFormats.Write(await Table(), format));

    private Task DownloadImageAsync() =>
        Image is null ? Task.CompletedTask : Downloads.DownloadCanvasPngAsync(Image(), FileNameFor("png"), ImageCaption);

    public async ValueTask DisposeAsync()
    {
        if (_downloads is not null)
        {
            await _downloads.DisposeAsync();
        }
    }
}
