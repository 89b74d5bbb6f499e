using Dashboard.Web.Utils;

namespace Dashboard.Web.Tests.Utils;

public sealed class DashboardUrlsTests
{
    [Theory]
    [InlineData("/", true)]
    [InlineData("/sources?x=1", true)]
    [InlineData("//evil.example/", false)]
    [InlineData("/\\evil.example/", false)]
    [InlineData("https://evil.example/", false)]
    [InlineData("sources", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsLocal_Uri_OnlyPathsOnThisSite(string? uri, bool expected) => Assert.Equal(expected, DashboardUrls.IsLocal(uri));

    [Fact]
    public void SetCulture_PathWithQuery_EscapesTheReturnAddress()
        => Assert.Equal("/culture/set?culture=en&redirectUri=%2Fsources%3Fa%3D1%26b%3D2", DashboardUrls.SetCulture("en", "/sources?a=1&b=2"));

    [Fact]
    public void Source_IndicatorCode_PointsAtItsRow() => Assert.Equal("/sources#I5", DashboardUrls.Source("I5"));
}
