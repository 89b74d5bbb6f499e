using System.Reflection;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dashboard.Web.Components.Controls;

/// <summary>The app bar's choice of light, dark or the system's theme.</summary>
public sealed partial class ThemeMenu
{
    // Private in MudBlazor 9.12; ThemeMenuTests fails when an upgrade renames it.
    internal static readonly FieldInfo? s_openedByKey = typeof(MudMenu).GetField("_lastInteractionWasKeyboard", BindingFlags.NonPublic | BindingFlags.Instance);

    private MudMenu? _menu;
    private ElementReference _holder;
    private bool _menuMade;
    private MouseEventArgs? _openingClick;

    [Inject]
    public required IStringLocalizer<Resources.Layout> Loc { get; init; }

    [Parameter, EditorRequired]
    public required ThemePreference Preference { get; set; }

    [Parameter]
    public EventCallback<ThemePreference> PreferenceChanged { get; set; }

    private string Icon => Preference switch
    {
        ThemePreference.Dark => Icons.Material.Filled.DarkMode,
        ThemePreference.Light => Icons.Material.Filled.LightMode,
        _ => Icons.Material.Filled.BrightnessAuto,
    };

    private IEnumerable<(ThemePreference, string)> Choices =>
    [
        (ThemePreference.System, Loc[nameof(Resources.Layout.ThemeSystem)]),
        (ThemePreference.Light, Loc[nameof(Resources.Layout.ThemeLight)]),
        (ThemePreference.Dark, Loc[nameof(Resources.Layout.ThemeDark)]),
    ];

    private void MakeMenu(MouseEventArgs click)
    {
        _menuMade = true;
        _openingClick = click;
    }

    // The pressed button is replaced by the menu's own, which then opens as it would: from a mouse with focus on its
    // button, from a key (a click from a key counts no clicks) with focus on the first item and the arrow keys counting
    // from it. MudMenu learns of a key only from a keydown inside it, so its flag for that is set here.
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_openingClick is { } click && _menu is not null)
        {
            _openingClick = null;
            var byKey = click.Detail == 0;
            s_openedByKey?.SetValue(_menu, byKey);
            await _menu.OpenMenuAsync(click);
            if (byKey)
            {
                // The menu focuses its first item after a render that finds the items, which the popover provider has drawn by now.
                StateHasChanged();
            }
            else
            {
                await _holder.MudFocusFirstAsync();
            }
        }
    }
}
