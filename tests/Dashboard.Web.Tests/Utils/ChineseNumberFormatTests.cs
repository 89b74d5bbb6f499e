using System.Globalization;
using Dashboard.Data.Entities;
using Dashboard.Web.Utils;

namespace Dashboard.Web.Tests.Utils;

// Values come in as strings: attributes cannot hold decimals, and double would lose precision.
public class ChineseNumberFormatTests
{
    private static readonly CultureInfo s_chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo s_english = CultureInfo.GetCultureInfo("en");

    [Theory]
    [InlineData("200", Qualifier.MoreThan, "亿元/年", "yuan a year", "超200亿元/年")]
    [InlineData("1000", Qualifier.AtLeast, "人", "people", "不少于1000人")]
    [InlineData("129.5", Qualifier.Exact, "万条", "proposals", "129.5万条")]
    [InlineData("4969", Qualifier.Exact, "人", "people", "4969人")]
    [InlineData("24.3", Qualifier.Exact, "%", "%", "24.3%")]
    [InlineData("90", Qualifier.AtLeast, "%", "%", "不少于90%")]
    [InlineData("8", Qualifier.MoreThan, "个方面", "aspects", "超8个方面")]
    [InlineData("21234567890", Qualifier.Exact, "元", "yuan", "212.35亿元")]
    [InlineData("3000000", Qualifier.Exact, "元", "yuan", "300万元")]
    [InlineData("150000000", Qualifier.Exact, "元", "yuan", "1.5亿元")]
    [InlineData("15000", Qualifier.Exact, "万元", "yuan", "1.5亿元")]
    [InlineData("0.5", Qualifier.Exact, "万人次", "visits", "5000人次")]
    [InlineData("10000", Qualifier.Exact, "人", "people", "1万人")]
    [InlineData("9999", Qualifier.Exact, "人", "people", "9999人")]
    [InlineData("10001", Qualifier.Exact, "人", "people", "1万人")]
    [InlineData("0", Qualifier.Exact, "人", "people", "0人")]
    public void Format_ChineseCulture_RescalesToWanOrYiWithoutSeparators(
        string value, Qualifier qualifier, string? zh, string? en, string expected) =>
        Assert.Equal(expected, ChineseNumberFormat.Format(Parse(value), qualifier, new MeasureUnit(zh, en), s_chinese));

    [Theory]
    [InlineData("200", Qualifier.MoreThan, "亿元/年", "yuan a year", "over 20 billion yuan a year")]
    [InlineData("1000", Qualifier.AtLeast, "人", "people", "at least 1,000 people")]
    [InlineData("129.5", Qualifier.Exact, "万条", "proposals", "1.295 million proposals")]
    [InlineData("4969", Qualifier.Exact, "人", "people", "4,969 people")]
    [InlineData("24.3", Qualifier.Exact, "%", "%", "24.3%")]
    [InlineData("90", Qualifier.AtLeast, "%", "%", "at least 90%")]
    [InlineData("8", Qualifier.MoreThan, "个方面", "aspects", "over 8 aspects")]
    [InlineData("21234567890", Qualifier.Exact, "元", "yuan", "21.235 billion yuan")]
    [InlineData("3000000", Qualifier.Exact, "元", "yuan", "3 million yuan")]
    [InlineData("150000000", Qualifier.Exact, "元", "yuan", "150 million yuan")]
    [InlineData("1000000", Qualifier.Exact, "人", "people", "1 million people")]
    [InlineData("999999", Qualifier.Exact, "人", "people", "999,999 people")]
    [InlineData("0.5", Qualifier.Exact, "万人次", "visits", "5,000 visits")]
    [InlineData("10000", Qualifier.Exact, "人", "people", "10,000 people")]
    [InlineData("9999", Qualifier.Exact, "人", "people", "9,999 people")]
    [InlineData("10001", Qualifier.Exact, "人", "people", "10,001 people")]
    [InlineData("0", Qualifier.Exact, "人", "people", "0 people")]
    [InlineData("1234.5", Qualifier.Exact, "元", null, "1,234.5")]
    public void Format_EnglishCulture_UsesBillionMillionAndGrouping(
        string value, Qualifier qualifier, string? zh, string? en, string expected) =>
        Assert.Equal(expected, ChineseNumberFormat.Format(Parse(value), qualifier, new MeasureUnit(zh, en), s_english));

    [Theory]
    [InlineData("0", null, null, "0")]
    [InlineData("20000", null, null, "2万")]
    [InlineData("20000", "", "", "2万")]
    [InlineData("5", "万", null, "5万")]
    [InlineData("-15000", "人", "people", "-1.5万人")]
    [InlineData("-3.2", "%", "%", "-3.2%")]
    [InlineData("-0.001", null, null, "0")]
    [InlineData("1.005", null, null, "1.01")]
    [InlineData("0.125", null, null, "0.13")]
    [InlineData("9999.999", "人", "people", "1万人")]
    [InlineData("99999999.999", "元", "yuan", "1亿元")]
    public void FormatNumber_ChineseCulture_HandlesNoUnitNegativesAndRounding(string value, string? zh, string? en, string expected) =>
        Assert.Equal(expected, ChineseNumberFormat.FormatNumber(Parse(value), new MeasureUnit(zh, en), s_chinese));

    [Theory]
    [InlineData("0", null, null, "0")]
    [InlineData("20000", null, null, "20,000")]
    [InlineData("20000", "", "", "20,000")]
    [InlineData("5", "万", null, "5")]
    [InlineData("-15000", "人", "people", "-15,000 people")]
    [InlineData("-2000000000", "元", "yuan", "-2 billion yuan")]
    [InlineData("-3.2", "%", "%", "-3.2%")]
    [InlineData("-0.001", null, null, "0")]
    [InlineData("0.125", null, null, "0.13")]
    [InlineData("1234500", "元", "yuan", "1.235 million yuan")]
    [InlineData("999999.999", "元", "yuan", "1 million yuan")]
    public void FormatNumber_EnglishCulture_HandlesNoUnitNegativesAndRounding(string value, string? zh, string? en, string expected) =>
        Assert.Equal(expected, ChineseNumberFormat.FormatNumber(Parse(value), new MeasureUnit(zh, en), s_english));

    [Theory]
    [InlineData("zh-TW", "4969人")]
    [InlineData("zh-Hans", "4969人")]
    [InlineData("en-US", "4,969 people")]
    [InlineData("fr-FR", "4,969 people")]
    [InlineData("de-DE", "4,969 people")]
    [InlineData("", "4,969 people")]
    public void FormatNumber_OtherCultures_FollowLanguageWithInvariantDigits(string culture, string expected) =>
        Assert.Equal(expected, ChineseNumberFormat.FormatNumber(4969m, MeasureUnit.People, CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void FormatNumber_BuiltInUnits_FormatAsDocumented()
    {
        Assert.Equal("212.35亿元", ChineseNumberFormat.FormatNumber(21_234_567_890m, MeasureUnit.Yuan, s_chinese));
        Assert.Equal("21.235 billion yuan", ChineseNumberFormat.FormatNumber(21_234_567_890m, MeasureUnit.Yuan, s_english));
        Assert.Equal("24.3%", ChineseNumberFormat.FormatNumber(24.3m, MeasureUnit.Percent, s_english));
        Assert.Equal("2万", ChineseNumberFormat.FormatNumber(20_000m, MeasureUnit.None, s_chinese));
    }

    [Theory]
    [InlineData("76", "30", Qualifier.Exact, "岁", "years", "76岁 / 30岁")]
    [InlineData("13", "51", Qualifier.Exact, "所 / 名", "universities / experts", "13所 / 51名")]
    [InlineData("8", "21", Qualifier.MoreThan, "家", "companies", "超8家 / 21家")]
    [InlineData("1.5", "30000", Qualifier.AtLeast, "万人 / 人", "people", "不少于1.5万人 / 3万人")]
    [InlineData("76", "30", Qualifier.Exact, null, null, "76 / 30")]
    public void FormatPair_ChineseCulture_PairsEachUnitPartWithItsNumber(
        string first, string second, Qualifier qualifier, string? zh, string? en, string expected) =>
        Assert.Equal(expected, ChineseNumberFormat.FormatPair(Parse(first), Parse(second), qualifier, new MeasureUnit(zh, en), s_chinese));

    [Theory]
    [InlineData("76", "30", Qualifier.Exact, "岁", "years", "76 years / 30 years")]
    [InlineData("13", "51", Qualifier.Exact, "所 / 名", "universities / experts", "13 universities / 51 experts")]
    [InlineData("8", "21", Qualifier.MoreThan, "家", "companies", "over 8 companies / 21 companies")]
    [InlineData("1.5", "30000", Qualifier.AtLeast, "万人 / 人", "people", "at least 15,000 people / 30,000 people")]
    [InlineData("76", "30", Qualifier.Exact, null, null, "76 / 30")]
    public void FormatPair_EnglishCulture_PairsEachUnitPartWithItsNumber(
        string first, string second, Qualifier qualifier, string? zh, string? en, string expected) =>
        Assert.Equal(expected, ChineseNumberFormat.FormatPair(Parse(first), Parse(second), qualifier, new MeasureUnit(zh, en), s_english));

    [Fact]
    public void FormatPair_UnitWithThreeParts_Throws() =>
        Assert.Throws<ArgumentException>(() =>
            ChineseNumberFormat.FormatPair(1m, 2m, Qualifier.Exact, new MeasureUnit("a / b / c", null), s_chinese));

    [Theory]
    [InlineData(Qualifier.Exact, "")]
    [InlineData(Qualifier.MoreThan, "超")]
    [InlineData(Qualifier.AtLeast, "不少于")]
    public void QualifierText_ChineseCulture_ReturnsChinesePrefix(Qualifier qualifier, string expected) =>
        Assert.Equal(expected, ChineseNumberFormat.QualifierText(qualifier, s_chinese));

    [Theory]
    [InlineData(Qualifier.Exact, "")]
    [InlineData(Qualifier.MoreThan, "over")]
    [InlineData(Qualifier.AtLeast, "at least")]
    public void QualifierText_EnglishCulture_ReturnsEnglishPrefix(Qualifier qualifier, string expected) =>
        Assert.Equal(expected, ChineseNumberFormat.QualifierText(qualifier, s_english));

    [Fact]
    public void QualifierText_UndefinedValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ChineseNumberFormat.QualifierText((Qualifier)99, s_english));

    private static decimal Parse(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("22530000000", "元", "yuan", "zh-CN", "100000000", "亿元")]
    [InlineData("260000", "条", "proposals", "zh-CN", "10000", "万条")]
    [InlineData("4969", "人", "people", "zh-CN", "1", "人")]
    [InlineData("93.1", "%", "%", "zh-CN", "1", "%")]
    [InlineData("22530000000", "元", "yuan", "en", "1000000000", "billion yuan")]
    [InlineData("260000", "条", "proposals", "en", "1000", "thousand proposals")]
    [InlineData("4969", "人", "people", "en", "1", "people")]
    [InlineData("0", null, null, "en", "1", null)]
    public void AxisScaleFor_LargestValue_PicksTheMagnitudeAndTitlesTheAxis(string largest, string? zh, string? en, string culture, string divisor, string? title)
        => Assert.Equal(new AxisScale(Parse(divisor), title),
            ChineseNumberFormat.AxisScaleFor(Parse(largest), new MeasureUnit(zh, en), CultureInfo.GetCultureInfo(culture)));
}
