using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Utils;

/// <summary>
/// MudBlazor's own texts (the grid's filter popup, sort and paging labels) in Chinese when the reader reads
/// Chinese; in English MudBlazor keeps its built-in texts. Translations live in Resources/MudComponents.resx.
/// </summary>
public sealed class ChineseMudLocalizer(IStringLocalizer<Resources.MudComponents> chinese) : MudLocalizer
{
    public override LocalizedString this[string key] => Translate(key) ?? NotFound(key);

    public override LocalizedString this[string key, params object[] arguments]
        => Translate(key) is { } text ? new LocalizedString(key, string.Format(CultureInfo.CurrentCulture, text.Value, arguments)) : NotFound(key);

    private LocalizedString? Translate(string key)
        => DashboardCultures.IsChinese(CultureInfo.CurrentUICulture) && chinese[key] is { ResourceNotFound: false } text ? text : null;

    // MudBlazor falls back to its built-in English for a key reported as not found.
    private static LocalizedString NotFound(string key) => new(key, key, resourceNotFound: true);
}
