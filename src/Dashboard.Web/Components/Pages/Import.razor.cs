using System.Globalization;
using Dashboard.Data.Entities;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Services;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

/// <summary>
/// 数据导入: a template per kind, then a file checked whole and previewed (every problem with its row and column, or
/// what would be added and updated) before anything is written.
/// </summary>
public sealed partial class Import : IAsyncDisposable
{
    /// <summary>The preview lists this many rows; the counts cover all of them.</summary>
    private const int ShownRows = 200;

    private ImportKind _kind = ImportKind.Craftsmen;
    private string? _ownRegion;
    private string? _checking;
    private ImportErrorKind? _fileError;
    private bool _refused;
    private ImportPreview? _preview;
    private FileDownloads? _downloads;
    private FilterVocabulary? _vocabulary;
    private RecordScope _scope = RecordScope.Province;

    // The checked file, kept until it is confirmed (the worker then owns it) or the page goes.
    private string? _uploadPath;
    private string? _message;
    private Severity _messageSeverity;
    private IReadOnlyList<ImportBatch> _batches = [];
    private PeriodicTimer? _watch;

    [Inject]
    public required ImportService Imports { get; init; }

    [Inject]
    public required ImportLimits Limits { get; init; }

    [Inject]
    public required ImportBatches Batches { get; init; }

    [Inject]
    public required ImportQueue Queue { get; init; }

    [Inject]
    public required ClientAddress ClientAddress { get; init; }

    [Inject]
    public required ActionAuthorization Authorization { get; init; }

    [Inject]
    public required IRecordScopeSource Scopes { get; init; }

    [Inject]
    public required ReferenceQueries References { get; init; }

    [Inject]
    public required IJSRuntime JS { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Import> Loc { get; init; }

    [Inject]
    public required IStringLocalizer<Resources.Layout> LayoutLoc { get; init; }

    private IImportDefinition Definition => ImportDefinitions.For(_kind);

    private string LimitText => $"{Limits.MaxFileBytes / (1024 * 1024)} MB";

    protected override async Task OnInitializedAsync()
    {
        _vocabulary = await References.GetFilterVocabularyAsync();
        _scope = await Scopes.GetScopeAsync();
        if (_scope.RegionCode is { } region)
        {
            _ownRegion = RegionName(region);
        }
        await LoadBatchesAsync();
    }

    private async Task LoadBatchesAsync() => _batches = await Batches.ListAsync(_scope, count: 20);

    private void KindChanged(ImportKind kind)
    {
        (_kind, _preview, _fileError, _message) = (kind, null, null, null);
        ForgetUpload();
    }

    private string KindName(ImportKind kind) => Loc[$"Kind_{kind}"];

    private async Task DownloadTemplateAsync(ExportFormat format)
    {
        var headers = Definition.Columns.Select(c => c.HeaderZh).ToList();
        _downloads ??= new FileDownloads(JS);
        await _downloads.DownloadAsync($"{KindName(_kind)}-模板.{ExportFormats.Extension(format)}", ExportFormats.ContentType(format),
            await ExportFormats.WriteAsync(new ExportTable(KindName(_kind), headers, []), format));
    }

    /// <summary>
    /// The upload is saved to a file first: the reader streams it (never all in memory), an XLSX's zip directory is
    /// read from its end, and a confirmed import is written from it on the server after the page has gone.
    /// </summary>
    private async Task UploadAsync(IBrowserFile? file)
    {
        (_preview, _fileError, _message) = (null, null, null);
        ForgetUpload();
        _refused = !await Authorization.AllowsAsync(DashboardPolicies.Editor);
        if (file is null || _refused)
        {
            return;
        }
        if (file.Size > Limits.MaxFileBytes)
        {
            _fileError = ImportErrorKind.FileTooLarge;
            return;
        }
        _checking = file.Name;
        StateHasChanged();
        _uploadPath = Path.Combine(ImportQueue.UploadFolder, Guid.NewGuid().ToString("N") + Path.GetExtension(file.Name).ToLowerInvariant());
        try
        {
            await using var saved = new FileStream(_uploadPath, FileMode.CreateNew, FileAccess.ReadWrite);
            await using (var upload = file.OpenReadStream(Limits.MaxFileBytes))
            {
                await upload.CopyToAsync(saved);
            }
            saved.Position = 0;
            _preview = await Imports.PreviewAsync(_kind, saved, file.Name, Limits);
        }
        catch (SpreadsheetException ex)
        {
            _fileError = ex.Kind;
        }
        finally
        {
            _checking = null;
        }
        if (_preview is not { CanImport: true })
        {
            ForgetUpload();
        }
    }

    /// <summary>Queues the previewed file as a batch; the server writes it whether or not this page stays open.</summary>
    private async Task ConfirmAsync()
    {
        if (_preview is not { CanImport: true } preview || _uploadPath is not { } path)
        {
            return;
        }
        if (!await Authorization.AllowsAsync(DashboardPolicies.Editor))
        {
            _refused = true;
            return;
        }
        var requester = await RequesterAsync();
        int batchId;
        await using (var file = File.OpenRead(path))
        {
            batchId = await Batches.QueueAsync(preview.Kind, file, preview.FileName, requester);
        }
        Queue.Enqueue(new ImportJob(batchId, path));
        (_uploadPath, _preview) = (null, null);
        Show(Loc[nameof(Resources.Import.Queued), batchId], Severity.Info);
        await LoadBatchesAsync();
        _ = WatchBatchesAsync();
    }

    private async Task UndoAsync(int batchId)
    {
        if (!await Authorization.AllowsAsync(DashboardPolicies.Editor))
        {
            _refused = true;
            return;
        }
        var refusal = await Batches.UndoAsync(batchId, await RequesterAsync());
        Show(refusal is { } reason ? Loc[$"Refusal_{reason}"] : Loc[nameof(Resources.Import.Undone), batchId], refusal is null ? Severity.Success : Severity.Warning);
        await LoadBatchesAsync();
    }

    /// <summary>While a batch is queued or being written, its status is read again every second.</summary>
    private async Task WatchBatchesAsync()
    {
        if (_watch is not null)
        {
            return;
        }
        using var watch = _watch = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (_batches.Any(b => b.Status is ImportBatchStatus.Queued or ImportBatchStatus.Running) && await watch.WaitForNextTickAsync())
            {
                await InvokeAsync(async () =>
                {
                    await LoadBatchesAsync();
                    StateHasChanged();
                });
            }
        }
        finally
        {
            _watch = null;
        }
    }

    private async Task<ImportRequester> RequesterAsync() => ImportRequester.Of(await Authorization.UserAsync(), ClientAddress.Value);

    private void Show(string message, Severity severity) => (_message, _messageSeverity) = (message, severity);

    private void ForgetUpload()
    {
        if (_uploadPath is not null)
        {
            File.Delete(_uploadPath);
            _uploadPath = null;
        }
    }

    private string Problem(ImportError error) => error.Kind switch
    {
        ImportErrorKind.OtherRegion => Loc[$"Error_{error.Kind}", RegionName(error.Expected ?? "")],
        _ => Loc[$"Error_{error.Kind}", error.Expected ?? ""],
    };

    private string StatusText(ImportBatch batch) => batch.Status == ImportBatchStatus.Running && Batches.RowsRead(batch.Id) is { } rows
        ? Loc[nameof(Resources.Import.RunningRows), Number(rows)]
        : Loc[$"Status_{batch.Status}"];

    private string Action(RowChange row) => Loc[row.IsNew ? nameof(Resources.Import.ActionAdd) : row.IsUnchanged ? nameof(Resources.Import.ActionSame) : nameof(Resources.Import.ActionUpdate)];

    private string RegionName(string code)
        => _vocabulary?.Regions.FirstOrDefault(r => r.Code == code) is { } region ? DashboardCultures.Pick(region.NameZh, region.NameEn) : code;

    private static string Number(int value) => ChineseNumberFormat.FormatNumber(value, MeasureUnit.None, CultureInfo.CurrentCulture);

    /// <summary>Beijing time, whatever the server's zone: the readers are in Sichuan.</summary>
    private static string Time(DateTime utc) => utc.AddHours(8).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        ForgetUpload();
        _watch?.Dispose();
        if (_downloads is not null)
        {
            await _downloads.DisposeAsync();
        }
    }
}
