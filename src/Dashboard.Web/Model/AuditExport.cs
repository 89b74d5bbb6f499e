using Dashboard.Data.Audit;
using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Model;

/// <summary>The audit log as a file (<see cref="DashboardUrls.AuditExport"/>), its entries in words as the page shows them.</summary>
public sealed class AuditExport(
    IStringLocalizer<Resources.Admin> loc, IStringLocalizer<Resources.Account> accountLoc, AuditQueries audit, ReferenceQueries references)
{
    /// <summary>The log's file under <paramref name="filter"/> and the view; the caller has checked the reader is an active admin.</summary>
    public async Task<ListExport> OpenAsync(AuditFilter filter, ListRequest view, CancellationToken cancellationToken)
    {
        var text = new AuditText(loc, accountLoc, (await references.GetFilterVocabularyAsync(cancellationToken)).Regions);
        return ListExport.Of(loc[nameof(Resources.Admin.AuditTitle)], text.ExportColumns, audit.StreamAsync(filter, view, cancellationToken));
    }
}
