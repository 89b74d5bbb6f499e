using Dashboard.Web.Utils;

namespace Dashboard.Web.Tests.Utils;

public sealed class CultureSwitchRequestTests
{
    private const string Host = "127.0.0.1:5227";

    public static TheoryData<string> CraftedReturnAddresses => new()
    {
        "/\\evil.com",
        "//evil",
        "/\t/evil",
        "http://x",
        "\0",
        "/a\r\nSet-Cookie:x=1",
        "/" + new string('a', 5000),
        "/页面",
        "/ spaced",
        "sources",
        "",
    };

    [Theory]
    [MemberData(nameof(CraftedReturnAddresses))]
    [InlineData(null)]
    public void ReturnPath_CraftedAddress_Overview(string? redirectUri) => Assert.Equal("/", CultureSwitchRequest.ReturnPath(redirectUri));

    [Theory]
    [InlineData("/")]
    [InlineData("/tiers/craftsmen?from=2021&city=510700&industry=equipment-manufacturing")]
    [InlineData("/sources%3Fa%3D1#T1")]
    public void ReturnPath_PathOnThisSite_ThatPath(string redirectUri) => Assert.Equal(redirectUri, CultureSwitchRequest.ReturnPath(redirectUri));

    [Theory]
    [InlineData("same-origin", null, null, true)]
    [InlineData("none", null, null, true)]
    [InlineData("cross-site", null, null, false)]
    [InlineData("same-site", null, null, false)]
    [InlineData("cross-site", "http://127.0.0.1:5227", "http://127.0.0.1:5227/", false)]
    [InlineData(null, "http://127.0.0.1:5227", null, true)]
    [InlineData(null, "https://evil.example", null, false)]
    [InlineData(null, "null", null, false)]
    [InlineData(null, null, "http://127.0.0.1:5227/tiers?from=2021", true)]
    [InlineData(null, null, "https://evil.example/page", false)]
    [InlineData(null, null, "http://127.0.0.1:9999/", false)]
    [InlineData(null, null, null, true)]
    public void IsFromThisSite_Headers_OnlyTheAppsOwnPages(string? fetchSite, string? origin, string? referer, bool expected)
        => Assert.Equal(expected, CultureSwitchRequest.IsFromThisSite(fetchSite, origin, referer, Host));
}
