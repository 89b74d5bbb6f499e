using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Controls;

/// <summary>
/// The 示例数据 mark beside a sample number or record: MudChip's markup in a tooltip that says what sample data is.
/// Not a component of its own: a list page shows it on every sample row, and the server would keep each one.
/// </summary>
internal static class SampleBadge
{
    private static readonly ConcurrentDictionary<string, MarkupString> s_chips = new();

    public static RenderFragment Mark { get; } = builder =>
    {
        builder.OpenComponent<LazyTooltip>(0);
        builder.AddComponentParameter(1, nameof(LazyTooltip.Text), Resources.Controls.SampleDataExplained);
        builder.AddComponentParameter(2, nameof(LazyTooltip.ShowOnClick), true);
        builder.AddComponentParameter(3, nameof(LazyTooltip.ChildContent), (RenderFragment)(chip => chip.AddContent(0, Chip())));
        builder.CloseComponent();
    };

    // Made once per language: every mark on every page shares it.
    private static MarkupString Chip() => s_chips.GetOrAdd(CultureInfo.CurrentUICulture.Name, static _ => new(
        $"""<div class="mud-chip-container"><div class="mud-chip mud-chip-outlined mud-chip-size-small mud-chip-color-warning sample-badge">{SvgIcon.Of(Icons.Material.Outlined.Science, Size.Small, "mud-chip-icon")}<span class="mud-chip-content">{WebUtility.HtmlEncode(Resources.Controls.SampleData)}</span></div></div>"""));
}
