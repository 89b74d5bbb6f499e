using Dashboard.Web.Components.Controls;
using Dashboard.Web.Tests.Shared;

namespace Dashboard.Web.Tests.Controls;

public sealed class ReportButtonTests : DashboardTestContext
{
    [Fact]
    public void Click_PrintsThePageThroughTheDownloadsModule()
    {
        var downloads = JSInterop.SetupDownloadsModule();
        var cut = Render<ReportButton>();

        cut.Find("[data-testid='report-print']").Click();

        Assert.Contains("汇报材料", cut.Find("[data-testid='report-print']").TextContent);
        downloads.WaitForCall("printPage");
    }
}
