using Dashboard.Web.Utils.Export;

namespace Dashboard.Web.Tests.Utils.Export;

public class ExportFormatsTests
{
    [Theory]
    [InlineData("节创效益", "csv", "节创效益-20250601.csv")]
    [InlineData("市州/行业: 分布?", "xlsx", "市州_行业_ 分布_-20250601.xlsx")]
    [InlineData("  ", "csv", "export-20250601.csv")]
    public void FileName_BaseNameAndDay_IsSafeAndDated(string baseName, string extension, string expected) =>
        Assert.Equal(expected, ExportFormats.FileName(baseName, new DateOnly(2025, 6, 1), extension));

    [Fact]
    public void FromNumber_GapOrNotFinite_IsEmpty()
    {
        Assert.True(ExportCell.FromNumber((double?)null).IsEmpty);
        Assert.True(ExportCell.FromNumber(double.NaN).IsEmpty);
        Assert.True(ExportCell.FromNumber(double.PositiveInfinity).IsEmpty);
        Assert.Equal(219.2m, ExportCell.FromNumber(219.2).Number);
    }
}
