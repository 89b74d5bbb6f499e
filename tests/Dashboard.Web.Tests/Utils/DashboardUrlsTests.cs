using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;

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
    public void Source_IndicatorCode_PointsAtItsRowKeepingTheFilter()
        => Assert.Equal("/sources?region=510100#I5", DashboardUrls.Source("I5", "http://localhost/innovation?region=510100&table=innovation-savings"));

    [Theory]
    [InlineData("http://localhost/tiers/craftsmen?region=510100&tier=city&batch=4&page=3", "/competitions?region=510100&tier=city")]
    [InlineData("http://localhost/innovation/achievements?from=2024&to=2024&studio-level=Provincial&sample=0", "/competitions?from=2024&to=2024&sample=0")]
    [InlineData("http://localhost/tiers?city=510700&industry=a&industry=b", "/competitions?region=510700&industry=a&industry=b")]
    [InlineData("http://localhost/sources#T1", "/competitions")]
    public void KeepingFilter_AnyPage_CarriesTheReadersFilterButNotTheDrill(string current, string expected)
        => Assert.Equal(expected, DashboardUrls.KeepingFilter(DashboardUrls.CompetitionsPath, current));

    [Fact]
    public void Audit_WhoWhatAndWhen_AllInTheQueryDatesAsIso()
        => Assert.Equal("/admin/audit?actor=%E5%BC%A0%20san&action=SignIn&from=2025-05-01&to=2025-05-31",
            DashboardUrls.Audit(" 张 san ", "SignIn", new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31)));

    [Fact]
    public void Audit_NoFilter_IsThePlainPath()
        => Assert.Equal("/admin/audit", DashboardUrls.Audit());

    [Fact]
    public void AuditExport_FilterAndSecondPageSortedByActor_FilterAndOrderNoPage()
        => Assert.Equal("/export/audit.xlsx?action=SignIn&from=2025-05-01&sort=ActorName&desc=1",
            DashboardUrls.AuditExport(ExportFormat.Xlsx, null, "SignIn", new DateOnly(2025, 5, 1), null,
                new ListRequest(Page: 1, PageSize: 50, nameof(Dashboard.Data.Audit.AuditRow.ActorName), Descending: true)));

    [Fact]
    public void ListExport_OneStudiosAchievements_TheStudioFirstThenFilterAndOrder()
        => Assert.Equal("/export/studio-achievements.csv?studio=7&from=2023&sort=Year",
            DashboardUrls.ListExport(ListExports.StudioAchievements, ExportFormat.Csv, new DashboardFilter { FromYear = 2023 }, new ListRequest(2, 10, "Year"), record: 7));
}
