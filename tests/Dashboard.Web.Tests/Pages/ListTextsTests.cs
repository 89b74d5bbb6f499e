using Dashboard.Web.Components.Pages;
using Dashboard.Web.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Pages;

/// <summary>MudBlazor's own texts in a list (paging labels) follow the reader's language.</summary>
public sealed class ListTextsTests
{
    public sealed class Chinese : DrillPageTestContext
    {
        [Fact]
        public void Render_List_PagerSpeaksChinese() => Assert.Equal(["第一页", "上一页", "下一页", "最后一页"], PagerLabels(this));
    }

    public sealed class English() : DrillPageTestContext("en")
    {
        [Fact]
        public void Render_List_PagerSpeaksEnglish() => Assert.Equal(["First page", "Previous page", "Next page", "Last page"], PagerLabels(this));
    }

    private static List<string?> PagerLabels(DrillPageTestContext context)
    {
        context.Services.GetRequiredService<Bunit.TestDoubles.BunitNavigationManager>().NavigateTo("/tiers/craftsmen");
        var cut = context.Render<Craftsmen>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".mud-table-pagination-actions button")));
        return cut.FindAll(".mud-table-pagination-actions button").Select(b => b.GetAttribute("aria-label")).ToList();
    }
}
