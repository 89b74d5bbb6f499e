using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Controls;

/// <summary>
/// A MudBlazor icon as the markup MudIcon renders, for places that only show one: every MudIcon is a live
/// component whose render tree the server keeps for each open page.
/// </summary>
public static class SvgIcon
{
    /// <param name="icon">One of MudBlazor's <see cref="Icons"/>: the SVG's inner markup.</param>
    /// <param name="className">Classes after MudIcon's own, e.g. "mud-chip-icon".</param>
    public static MarkupString Of(string icon, Size size = Size.Medium, string? className = null)
        => new($"""<svg class="mud-icon-root mud-svg-icon mud-icon-size-{size.ToString().ToLowerInvariant()}{(className is null ? "" : " " + className)}" focusable="false" viewBox="0 0 24 24" aria-hidden="true" role="img">{icon}</svg>""");
}
