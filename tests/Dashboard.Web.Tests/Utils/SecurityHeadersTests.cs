using System.Security.Cryptography;
using System.Text;
using Dashboard.Web.Utils;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Tests.Utils;

public sealed class SecurityHeadersTests : BunitContext
{
    [Fact]
    public void ContentSecurityPolicy_WithAnImportMapHash_AllowsOwnScriptsAndThatHashOnly()
    {
        var policy = SecurityHeaders.ContentSecurityPolicy("abc=");

        Assert.Equal(
            "default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self'; " +
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
            policy);
    }

    [Fact]
    public void ContentSecurityPolicy_WithoutAnImportMap_AllowsOwnScriptsOnly()
    {
        var policy = SecurityHeaders.ContentSecurityPolicy(importMapHash: null);

        Assert.Contains("; script-src 'self'; ", policy);
        Assert.DoesNotContain("sha256", policy);
    }

    [Fact]
    public void HashOf_ImportMap_IsTheHashOfTheScriptTheImportMapComponentRenders()
    {
        // Arrange: an import map with characters JSON escapes
        var importMap = new ImportMapDefinition(
            new Dictionary<string, string> { ["./js/charts.js"] = "./js/charts.abc123.js", ["./js/下载.js"] = "./js/<x>&.js" },
            scopes: null,
            integrity: new Dictionary<string, string> { ["./js/charts.abc123.js"] = "sha256-xyz+/=" });

        // Act
        var cut = Render<ImportMap>(parameters => parameters.Add(p => p.ImportMapDefinition, importMap));

        // Assert
        var script = cut.Find("script[type='importmap']").TextContent;
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script))), SecurityHeaders.HashOf(importMap));
    }
}
