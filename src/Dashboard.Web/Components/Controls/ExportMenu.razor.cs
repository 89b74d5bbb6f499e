using Dashboard.Web.Components.Account;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace Dashboard.Web.Components.Controls;

/// <summary>A download menu: the table as CSV or Excel, and the drawing as a PNG when there is one.</summary>
public sealed partial class ExportMenu : IAsyncDisposable
{
    private FileDownloads? _downloads;
    private IJSObjectReference? _menusModule;
    private MudMenu? _menu;
    private ElementReference _holder;
    private ElementReference _items;
    private bool _menuMade;
    private MouseEventArgs? _openingClick;

    [Inject]
    public required IJSRuntime JS { get; init; }

    [Inject]
    public required ActionAuthorization Authorization { get; init; }

    [Inject]
    public required ISnackbar Snackbar { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Export> Loc { get; init; }

    /// <summary>Builds the table when the reader asks for a file, so an unused menu costs nothing: a chart's numbers, a small list.</summary>
    [Parameter]
    public Func<Task<ExportTable>>? Table { get; set; }

    /// <summary>
    /// Where a list's file is streamed from (<see cref="DashboardUrls.ListExport"/>), instead of <see cref="Table"/>:
    /// the items become links the browser downloads itself.
    /// </summary>
    [Parameter]
    public Func<ExportFormat, string>? Href { get; set; }

    /// <summary>With <see cref="Href"/>: how many rows the file will hold, said beside the links.</summary>
    [Parameter]
    public long? RowCount { get; set; }

    /// <summary>The file name before the date and extension: "节创效益" gives "节创效益-20250601.csv".</summary>
    [Parameter, EditorRequired]
    public required string FileName { get; set; }

    /// <summary>The element holding the chart's canvas; offers 保存图片 PNG when set.</summary>
    [Parameter]
    public Func<ElementReference>? Image { get; set; }

    /// <summary>Lines written above the drawing in the PNG: its title, unit, 数据截至 and, for sample numbers, the 示例数据 mark.</summary>
    [Parameter]
    public IReadOnlyList<string> ImageCaption { get; set; } = [];

    private void MakeMenu(MouseEventArgs click)
    {
        _menuMade = true;
        _openingClick = click;
    }

    // The button pressed is replaced by the menu's own, so focus would fall to the page's start: it moves to the new
    // button, then, when a key pressed it (a click from a key counts no clicks), to the first item, as the menu's own
    // button does. The items are drawn by the popover provider, by the time the first focus has gone to the browser.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_openingClick is not { } click || _menu is null)
        {
            return;
        }
        _openingClick = null;
        if (click.Detail == 0 && Href is null)
        {
            // Opened by the menu's own button, from a key: only then do its arrow keys and Enter work on its items
            // (MudMenuItems) from the first opening, as the menu keeps to itself which kind of press opened it.
            _menusModule ??= await JS.InvokeAsync<IJSObjectReference>("import", "./js/menus.js");
            await _menusModule.InvokeVoidAsync("openFromKey", _holder);
            return;
        }
        await _menu.OpenMenuAsync(click);
        await _holder.MudFocusFirstAsync();
        if (click.Detail == 0)
        {
            await _items.MudFocusFirstAsync();
        }
    }

    private FileDownloads Downloads => _downloads ??= new FileDownloads(JS);

    private string FileNameFor(string extension) => ExportFormats.FileName(FileName, DateOnly.FromDateTime(DateTime.Now), extension);

    private async Task DownloadTableAsync(ExportFormat format)
    {
        if (Table is not null && await MayExportAsync())
        {
            await Downloads.DownloadAsync(
                FileNameFor(ExportFormats.Extension(format)), ExportFormats.ContentType(format), await ExportFormats.WriteAsync(await Table(), format));
        }
    }

    private Task CloseAsync() => _menu?.CloseMenuAsync() ?? Task.CompletedTask;

    private async Task DownloadImageAsync()
    {
        if (Image is not null && await MayExportAsync())
        {
            await Downloads.DownloadCanvasPngAsync(Image(), FileNameFor("png"), ImageCaption);
        }
    }

    /// <summary>Asked on every download: an account that lost its rights since the page opened gets a notice, not the file.</summary>
    private async Task<bool> MayExportAsync()
    {
        if (await Authorization.AllowsAsync(DashboardPolicies.Reader))
        {
            return true;
        }
        Snackbar.Add(Loc[nameof(Resources.Export.ExportRefused)], Severity.Error);
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        if (_downloads is not null)
        {
            await _downloads.DisposeAsync();
        }
        await JSInteropHelpers.SafeDisposeAsync(_menusModule);
    }
}
