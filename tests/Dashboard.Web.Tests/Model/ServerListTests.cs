using Dashboard.Data.Queries;
using Dashboard.Web.Model;
using MudBlazor;

namespace Dashboard.Web.Tests.Model;

/// <summary>What a grid's pages ask of the list query: a page next to the one on screen names it, so it is read from its edge.</summary>
public class ServerListTests
{
    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    private readonly List<ListRequest> _requests = [];

    private ServerList<string> NewList() => new((request, _) =>
    {
        _requests.Add(request);
        var first = request.Page * 10 + 1;
        return Task.FromResult(new PagedResult<string>([$"row {first}"], 100) { Position = new ListPosition(request.Page, first, first + 9) });
    });

    private static GridState<string> Page(int page, SortDefinition<string>? sort = null)
        => new() { Page = page, PageSize = 10, SortDefinitions = sort is null ? [] : [sort] };

    [Fact]
    public async Task LoadAsync_NextThenPreviousPage_EachNamesThePageOnScreen()
    {
        var list = NewList();

        await list.LoadAsync(Page(0), Token);
        await list.LoadAsync(Page(1), Token);
        await list.LoadAsync(Page(0), Token);

        Assert.Equal([null, new ListPosition(0, 1, 10), new ListPosition(1, 11, 20)], _requests.Select(r => r.From));
    }

    [Fact]
    public async Task LoadAsync_OtherOrderOrReloadedForANewFilter_NamesNoPage()
    {
        var list = NewList();
        await list.LoadAsync(Page(0), Token);

        await list.LoadAsync(Page(1, new SortDefinition<string>(nameof(string.Length), Descending: true, Index: 0, SortFunc: s => s.Length)), Token);
        await list.ReloadAsync();
        await list.LoadAsync(Page(2, new SortDefinition<string>(nameof(string.Length), Descending: true, Index: 0, SortFunc: s => s.Length)), Token);

        Assert.Equal([null, null, null], _requests.Select(r => r.From));
    }
}
