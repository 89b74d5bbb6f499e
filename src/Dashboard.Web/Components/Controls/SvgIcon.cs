using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Controls;

/// <summary>
/// A MudBlazor icon as the markup MudIcon renders, for places that only show one: every MudIcon is a live
/// component whose render tree the server keeps for each open page.
/// </summary>
public static class SvgIcon
{
    // Each icon, size and class is written once: a new string per render would be kept in every open page's render tree.
    // Callers pass MudBlazor's constants, so the set stays small.
    private static readonly ConcurrentDictionary<(string Icon, Size Size, string? ClassName), MarkupString> s_made = new();

    /// <param name="icon">One of MudBlazor's <see cref="Icons"/>: the SVG's inner markup.</param>
    /// <param name="className">Classes after MudIcon's own, e.g. "mud-chip-icon".</param>
    public static MarkupString Of(string icon, Size size = Size.Medium, string? className = null)
        => s_made.GetOrAdd((icon, size, className), static key => Make(key.Icon, key.Size, key.ClassName));

    private static MarkupString Make(string icon, Size size, string? className)
        => new($"""<svg class="mud-icon-root mud-svg-icon mud-icon-size-{size.ToString().ToLowerInvariant()}{(className is null ? "" : " " + className)}" focusable="false" viewBox="0 0 24 24" aria-hidden="true" role="img">{icon}</svg>""");
}
