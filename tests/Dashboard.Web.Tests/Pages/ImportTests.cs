using System.Text;
using Dashboard.Data.Accounts;
using Dashboard.Data.Import;
using Dashboard.Web.Services;
using Microsoft.Extensions.DependencyInjection;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;
using Microsoft.AspNetCore.Components.Forms;

namespace Dashboard.Web.Tests.Pages;

/// <summary>数据导入 over <see cref="Dashboard.Tests.Shared.Data.ListRecords"/>: a file is checked whole and previewed; nothing is written.</summary>
public sealed class ImportTests : DrillPageTestContext
{
    private const string Header = "姓名,梯队,市州,行业,工作单位,评选年份,届次";

    public ImportTests()
    {
        Authorization.SetAuthorized("staff");
        Authorization.SetRoles(DashboardRoles.Staff);
        Authorization.SetPolicies(DashboardPolicies.Reader, DashboardPolicies.Editor);
        Services.AddSingleton<ImportQueue>();
    }

    private IRenderedComponent<Import> RenderWithUpload(string fileName, string content, Encoding? encoding = null)
    {
        var cut = Render<Import>();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary((encoding ?? Encoding.UTF8).GetBytes(content), fileName));
        return cut;
    }

    /// <summary>The seed's three named real craftsmen and the fixture's eight are the 11 before.</summary>
    [Fact]
    public void Upload_GoodFile_PreviewCountsAndTheChangedField()
    {
        var cut = RenderWithUpload("名单.csv", $"{Header}\n工匠甲,四川工匠,成都,铁路,成都铁路局,2021,4\n张三,市级工匠,成都,铁路,,2025,\n");

        cut.WaitForAssertion(() => Assert.Equal("名单.csv：新增 1 条，更新 1 条，未变 0 条。", cut.Find("[data-testid='import-preview']").TextContent.Trim()));
        Assert.Equal("工匠名单记录数：11 → 12", cut.Find("[data-testid='import-count-move']").TextContent.Trim());
        Assert.Contains("届次: 3 → 4", cut.Find("[data-testid='import-changes']").TextContent);
    }

    [Fact]
    public async Task Confirm_ThenTheServerWritesIt_BatchListedAndUndoRestores()
    {
        // Arrange: a previewed file
        var cut = RenderWithUpload("名单.csv", $"{Header}\n张三,市级工匠,成都,铁路,,2025,\n");
        cut.WaitForElement("[data-testid='import-preview']");

        // Act: confirm; the queue's worker (here, the test) writes the batch
        cut.Find("[data-testid='import-confirm']").Click();
        cut.WaitForAssertion(() => Assert.Contains("批次 #1", cut.Find("[data-testid='import-message']").TextContent));
        var job = await Services.GetRequiredService<ImportQueue>().Reader.ReadAsync(Xunit.TestContext.Current.CancellationToken);
        await using (var file = File.OpenRead(job.FilePath))
        {
            await Services.GetRequiredService<ImportBatches>().RunAsync(job.BatchId, file, ImportLimits.Default, Xunit.TestContext.Current.CancellationToken);
        }
        File.Delete(job.FilePath);

        // Assert: the page sees it written, then undoes it
        cut.WaitForAssertion(() => Assert.Equal("已导入", cut.Find("[data-batch='1'] [data-testid='batch-status']").TextContent.Trim()));
        Assert.Equal(1, Read(db => db.Craftsmen.Count(c => c.Name == "张三")));
        cut.Find("[data-batch='1'] [data-testid='batch-undo']").Click();
        cut.WaitForAssertion(() => Assert.Equal("已撤销", cut.Find("[data-batch='1'] [data-testid='batch-status']").TextContent.Trim()));
        Assert.Contains("批次 #1 已撤销", cut.Find("[data-testid='import-message']").TextContent);
        Assert.Equal(0, Read(db => db.Craftsmen.Count(c => c.Name == "张三")));
    }

    [Fact]
    public void Upload_BadRows_EveryProblemWithRowColumnAndValue()
    {
        var cut = RenderWithUpload("名单.csv", $"{Header}\n张三,四川工匠,北京,,,1999,\n李四,市级工匠,成都,,,,3\n");

        cut.WaitForAssertion(() => Assert.Contains("有 3 处问题，未写入任何数据", cut.Find("[data-testid='import-errors-title']").TextContent));
        var rows = cut.FindAll("[data-testid='import-errors'] tbody tr").Select(r => string.Join("|", r.Children.Select(td => td.TextContent.Trim()))).ToList();
        Assert.Equal(["2|市州|北京|无法识别的市州", $"2|评选年份|1999|年份须在 2000–{DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Year} 之间", "3|届次|3|只有四川工匠有届次"], rows);
    }

    [Fact]
    public void Upload_AccountNoLongerAnEditor_RefusedAndNothingChecked()
    {
        Authorization.SetPolicies(DashboardPolicies.Reader);

        var cut = RenderWithUpload("名单.csv", $"{Header}\n张三,市级工匠,成都,,,,\n");

        cut.WaitForElement("[data-testid='import-refused']");
        Assert.Empty(cut.FindAll("[data-testid='import-preview']"));
    }

    [Fact]
    public void Upload_NotASpreadsheet_ClearMessage()
    {
        var cut = RenderWithUpload("名单.xlsx", "not a zip");

        cut.WaitForAssertion(() => Assert.Contains("文件无法读取", cut.Find("[data-testid='import-file-error']").TextContent));
        Assert.Empty(cut.FindAll("[data-testid='import-preview']"));
    }
}
