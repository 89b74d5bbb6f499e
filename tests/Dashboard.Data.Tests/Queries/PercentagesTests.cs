using Dashboard.Data.Queries;

namespace Dashboard.Data.Tests.Queries;

public sealed class PercentagesTests
{
    [Theory]
    [InlineData(1, 3, "33.3")]
    [InlineData(2, 3, "66.7")]
    [InlineData(1, 16, "6.3")] // 6.25: halves round away from zero, not to even
    [InlineData(5, 16, "31.3")] // 31.25
    [InlineData(0, 5, "0")]
    [InlineData(0, 0, "0")]
    public void Of_PartAndWhole_RoundsToOneDecimal(int part, int whole, string expected)
    {
        // Act
        var percent = Percentages.Of(part, whole);

        // Assert
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), percent);
    }
}
