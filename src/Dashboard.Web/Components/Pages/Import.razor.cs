using System.Globalization;
using Dashboard.Data.Import;
using Dashboard.Data.Queries;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

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

    [Inject]
    public required ImportService Imports { get; init; }

    [Inject]
    public required ImportLimits Limits { get; init; }

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
        if ((await Scopes.GetScopeAsync()).RegionCode is { } region)
        {
            _ownRegion = RegionName(region);
        }
    }

    private void KindChanged(ImportKind kind) => (_kind, _preview, _fileError) = (kind, null, null);

    private string KindName(ImportKind kind) => Loc[$"Kind_{kind}"];

    private async Task DownloadTemplateAsync(ExportFormat format)
    {
        var headers = Definition.Columns.Select(c => c.HeaderZh).ToList();
        _downloads ??= new FileDownloads(JS);
        await _downloads.DownloadAsync($"{KindName(_kind)}-模板.{ExportFormats.Extension(format)}", ExportFormats.ContentType(format),
            ExportFormats.Write(new ExportTable(KindName(_kind), headers, []), format));
    }

    /// <summary>
    /// The upload is saved to a temporary file first: the reader streams it (never all in memory) and an XLSX's zip
    /// directory is read from its end. The file is deleted when the check is done.
    /// </summary>
    private async Task UploadAsync(IBrowserFile? file)
    {
        (_preview, _fileError) = (null, null);
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
        try
        {
            await using var saved = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
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
    }

    private string Problem(ImportError error) => error.Kind switch
    {
        ImportErrorKind.OtherRegion => Loc[$"Error_{error.Kind}", RegionName(error.Expected ?? "")],
        _ => Loc[$"Error_{error.Kind}", error.Expected ?? ""],
    };

    private string Action(RowChange row) => Loc[row.IsNew ? nameof(Resources.Import.ActionAdd) : row.IsUnchanged ? nameof(Resources.Import.ActionSame) : nameof(Resources.Import.ActionUpdate)];

    private string RegionName(string code)
        => _vocabulary?.Regions.FirstOrDefault(r => r.Code == code) is { } region ? DashboardCultures.Pick(region.NameZh, region.NameEn) : code;

    private static string Number(int value) => ChineseNumberFormat.FormatNumber(value, MeasureUnit.None, CultureInfo.CurrentCulture);

    public async ValueTask DisposeAsync()
    {
        if (_downloads is not null)
        {
            await _downloads.DisposeAsync();
        }
    }
}
