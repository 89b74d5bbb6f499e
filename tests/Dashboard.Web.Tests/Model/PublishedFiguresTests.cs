using Dashboard.Data.Entities;
using Dashboard.Tests.Shared.Data;
using Dashboard.Web.Model;

namespace Dashboard.Web.Tests.Model;

public sealed class PublishedFiguresTests
{
    private static async Task<PublishedFigures> SeededFiguresAsync()
    {
        await using var database = await SqliteTestDatabase.CreateSeededAsync(includeSampleData: false);
        return new PublishedFigures((await database.GetPublishedFiguresAsync()).Values);
    }

    [Fact]
    public async Task Find_SeededCode_TheFigureWithItsValueAndQualifier()
    {
        var figures = await SeededFiguresAsync();

        var savings = figures.Find("I5");

        Assert.Equal(("I5", 200m, Qualifier.MoreThan), (savings?.Code, savings?.Value, savings?.Qualifier));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("T99")]
    public async Task Find_NoCodeOrUnknownCode_Null(string? code)
    {
        var figures = await SeededFiguresAsync();

        Assert.Null(figures.Find(code));
    }

    [Fact]
    public async Task FindAll_CodesRepeatedOutOfOrderAndUnknown_EachKnownFigureOnceInTheSourcesOrder()
    {
        var figures = await SeededFiguresAsync();

        var found = figures.FindAll(["I5", "T10", null, "T2", "I5", "T99"]);

        Assert.Equal(["T2", "T10", "I5"], found.Select(f => f.Code));
    }
}
