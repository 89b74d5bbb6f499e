using System.Linq.Expressions;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Queries;

public sealed class IndicatorQueries([FromKeyedServices(WholeDatabaseDbContextFactory.Key)] IDbContextFactory<DashboardDbContext> dbFactory)
{
    internal static readonly Expression<Func<PublishedIndicator, PublishedFigure>> ToFigure = i => new PublishedFigure(
        i.Code, i.Area, i.LabelZh, i.LabelEn, i.Value, i.SecondValue, i.Qualifier, i.Unit, i.UnitEn,
        i.PeriodZh, i.PeriodEn, i.AsOf, i.Locator, i.NoteZh, i.NoteEn, i.Source!.TitleZh, i.Source.TitleEn);

    private IReadOnlyList<PublishedFigure>? _figures;
    private IReadOnlyDictionary<DashboardArea, IReadOnlyList<PublishedFigure>>? _figuresByArea;

    /// <summary>
    /// Published figures in the source's order (T1, T2 … T10, then C…, then I…). They change only with seeds/, which
    /// are loaded before the app serves a page, so they are read once: a page can ask again when its circuit starts
    /// instead of carrying them in its prerendered state.
    /// </summary>
    public async Task<IReadOnlyList<PublishedFigure>> GetPublishedFiguresAsync(DashboardArea? area = null, CancellationToken cancellationToken = default)
    {
        var figures = _figures ??= await LoadPublishedFiguresAsync(cancellationToken);
        if (area is not { } one)
        {
            return figures;
        }
        // One list per area for the app's life, as for the whole: what readers are shown of it can then be shared too.
        _figuresByArea ??= figures.GroupBy(f => f.Area).ToDictionary(g => g.Key, IReadOnlyList<PublishedFigure> (g) => [.. g]);
        return _figuresByArea.GetValueOrDefault(one, []);
    }

    private async Task<IReadOnlyList<PublishedFigure>> LoadPublishedFiguresAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var figures = await db.PublishedIndicators.Select(ToFigure).ToListAsync(cancellationToken);
        return figures.OrderBy(PublishedFigure.SourceOrder, StringComparer.Ordinal).ToList();
    }

    /// <summary>The latest date any published figure is stated for: the dashboard's "数据截至".</summary>
    public async Task<string?> GetDataAsOfAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.PublishedIndicators.MaxAsync(i => i.AsOf, cancellationToken);
    }
}
