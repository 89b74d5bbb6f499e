using Dashboard.Web.Components.Controls.Chart;
using Dashboard.Web.Utils.Export;

namespace Dashboard.Web.Tests.Controls.Chart;

public class ChartExportTests
{
    private static readonly ChartSpec s_spec = new(ChartKind.Bar, ["2023", "2024", "2025"],
        [
            new ChartSeries("节创效益", [219.2, 225.3, null], ["219.2亿元", "225.3亿元", "—"]),
            new ChartSeries("同比", [null, 2.8, null], ["—", "+2.8%", "—"]) { OnSecondaryAxis = true, AsLine = true },
        ])
    {
        CategoryTitle = "年份",
        ValueAxis = new ChartAxis { Title = "亿元" },
        SecondaryAxis = new ChartAxis { Title = "%" },
        TargetLines = [new ChartTargetLine("公布数", 200, "超200亿元/年")],
    };

    [Fact]
    public void ToExportTable_SeriesAndTargets_HeadersCarryTheAxisUnit()
    {
        var table = s_spec.ToExportTable("节创效益");

        Assert.Equal("节创效益", table.Title);
        Assert.Equal(["年份", "节创效益 (亿元)", "同比 (%)", "公布数 (亿元)"], table.Headers);
    }

    [Fact]
    public void ToExportTable_Values_AreNumbersInLabelOrderWithGapsEmpty()
    {
        var table = s_spec.ToExportTable("节创效益");

        Assert.Equal(
            [
                ["2023", 219.2m, ExportCell.Empty, 200m],
                ["2024", 225.3m, 2.8m, 200m],
                ["2025", ExportCell.Empty, ExportCell.Empty, 200m],
            ],
            table.Rows.Select(r => r.ToArray()).ToArray());
    }

    [Fact]
    public void ToExportTable_NoAxisTitleOrCategoryTitle_UsesPlainLabels()
    {
        var spec = new ChartSpec(ChartKind.Doughnut, ["国家级", "省级"], [new ChartSeries("工作室", [3, 464], ["3个", "464个"])]);

        var table = spec.ToExportTable("工作室");

        Assert.Equal(["", "工作室"], table.Headers);
        Assert.Equal(["省级", 464m], table.Rows[1]);
    }
}
