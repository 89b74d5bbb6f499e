using Dashboard.Data.Queries;
using Dashboard.Web.Utils.Export;

namespace Dashboard.Web.Tests.Utils.Export;

/// <summary>How an export link is read: as its list page reads the same URL, but refusing what the page would drop or pin.</summary>
public class ListExportEndpointTests
{
    private static readonly FilterVocabulary s_vocabulary = new(
        [new("510100", "成都", "Chengdu"), new("510700", "绵阳", "Mianyang")],
        [new("railway", "铁路", "Railway")],
        [new("city", "市级工匠", "City-level craftsman")]);

    [Fact]
    public void Read_PageLink_FilterSortAndColumnFiltersNothingRefused()
    {
        var (filter, view, refused) = ListExportEndpoint.Read(
            "http://localhost/export/craftsmen.csv?region=510100&industry=railway&sort=YearNamed&desc=1&f.Name=contains:张", s_vocabulary);

        Assert.Equal(["510100"], filter.Regions);
        Assert.Equal(["railway"], filter.Industries);
        Assert.Equal(("YearNamed", true), (view.SortBy, view.Descending));
        Assert.Equal(new ColumnFilter("Name", "contains", "张"), Assert.Single(view.Filters));
        Assert.Empty(refused);
    }

    [Fact]
    public void Read_UnknownRegion_Refused()
    {
        var (_, _, refused) = ListExportEndpoint.Read("http://localhost/export/craftsmen.csv?region=999999", s_vocabulary);

        Assert.Equal(["region=999999"], refused);
    }

    [Fact]
    public void Read_ReaderBoundToChengduAskingForMianyang_RefusedNotWidened()
    {
        var (filter, _, refused) = ListExportEndpoint.Read(
            "http://localhost/export/craftsmen.csv?region=510700", s_vocabulary.For(new RecordScope("510100")));

        Assert.Equal(["region=510700"], refused);
        Assert.Equal(["510100"], filter.Regions);
    }

    [Theory]
    [InlineData("http://localhost/export/studio-achievements.csv?studio=12&region=510100", 12, null)]
    [InlineData("http://localhost/export/studio-achievements.csv?region=510100", null, "studio=")]
    [InlineData("http://localhost/export/studio-achievements.csv?studio=0", null, "studio=0")]
    [InlineData("http://localhost/export/studio-achievements.csv?studio=1e3", null, "studio=1e3")]
    public void ReadRecord_PlainPositiveIdRead_AnythingElseRefusedByName(string uri, int? id, string? refused)
    {
        Assert.Equal((id, refused), ListExportEndpoint.ReadRecord(uri, "studio"));
    }
}
