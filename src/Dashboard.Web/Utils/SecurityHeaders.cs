using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Utils;

/// <summary>
/// The headers every response carries: pages, static files, endpoints, redirects and error pages. The content
/// security policy lets the page run the app's own script files and nothing else.
/// </summary>
public static class SecurityHeaders
{
    private static readonly ConditionalWeakTable<ImportMapDefinition, string> s_importMapHashes = [];

    /// <summary>The policy, one directive a line and why. <paramref name="importMapHash"/> is the base64 SHA-256 of the page's import map, if it has one.</summary>
    public static string ContentSecurityPolicy(string? importMapHash)
    {
        string[] directives =
        [
            // Whatever no directive below names (fonts, frames, workers, manifests) comes from this origin only.
            "default-src 'self'",
            // Our own script files; no inline script, no eval. The one inline script, the <ImportMap /> that maps
            // js/charts.js and the other modules to their fingerprinted files, is allowed by its hash.
            importMapHash is null ? "script-src 'self'" : $"script-src 'self' 'sha256-{importMapHash}'",
            // MudBlazor writes its theme into <style> elements and places popovers with style attributes.
            "style-src 'self' 'unsafe-inline'",
            // Blazor's circuit: the WebSocket to this host (ws: and wss: of the same host match 'self') and its fallbacks.
            "connect-src 'self'",
            // No data: images: only MudBlazor's colour picker, which the app does not use, draws one. A saved PNG is a
            // download, not an image the page loads.
            "img-src 'self'",
            "object-src 'none'",
            // An injected <base> would move every relative script and module to another host.
            "base-uri 'self'",
            "form-action 'self'",
            // Never inside another site's frame (clickjacking); X-Frame-Options says the same to old browsers.
            "frame-ancestors 'none'",
        ];
        return string.Join("; ", directives);
    }

    /// <summary>Sets the headers when the response starts, so an error page that clears the response still gets them.</summary>
    public static void Apply(HttpContext context) => context.Response.OnStarting(static state =>
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        // The endpoint that renders the response (after a re-execute, the error page) says whether it has an import map.
        var importMap = context.GetEndpoint()?.Metadata.GetMetadata<ImportMapDefinition>();
        headers.ContentSecurityPolicy = ContentSecurityPolicy(importMap is null ? null : s_importMapHashes.GetValue(importMap, HashOf));
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        return Task.CompletedTask;
    }, context);

    /// <summary>The hash of the import map exactly as the ImportMap component writes it: its JSON (ToString), unencoded, as the script's text.</summary>
    public static string HashOf(ImportMapDefinition importMap)
        => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.ToString())));
}
