using System.Globalization;
using Dashboard.Data.Accounts;
using Dashboard.Data.Audit;
using Dashboard.Data.Queries;
using Dashboard.Web.Utils;
using Dashboard.Web.Utils.Export;
using Microsoft.Extensions.Localization;

namespace Dashboard.Web.Model;

/// <summary>An audit entry in words, as the 审计日志 page shows it and its export writes it.</summary>
/// <param name="regions">The 市州 an account may be bound to, to name a changed region.</param>
public sealed class AuditText(IStringLocalizer<Resources.Admin> loc, IStringLocalizer<Resources.Account> accountLoc, IReadOnlyList<FilterOption> regions)
{
    public IReadOnlyList<ExportColumn<AuditRow>> ExportColumns =>
    [
        new(loc[nameof(Resources.Admin.ColTime)], e => BeijingTime.Format(e.TimeUtc)),
        new(loc[nameof(Resources.Admin.ColAction)], e => ActionName(e.Action)),
        new(loc[nameof(Resources.Admin.ColActor)], e => e.ActorName),
        new(loc[nameof(Resources.Admin.ColTarget)], e => e.TargetName),
        new(loc[nameof(Resources.Admin.ColClient)], e => e.ClientAddress),
        new(loc[nameof(Resources.Admin.ColChanges)], e => Changes(e)),
        new(loc[nameof(Resources.Admin.ColDetails)], e => Details(e)),
    ];

    public string ActionName(string? action)
        => string.IsNullOrEmpty(action) ? loc[nameof(Resources.Admin.AllActions)]
            : loc[$"Action_{action}"] is { ResourceNotFound: false } known ? known : action;

    public string? Details(AuditRow row)
        => row.Details is null ? null : loc[$"Failure_{row.Details}"] is { ResourceNotFound: false } known ? known : row.Details;

    /// <summary>"角色：工作人员 → 管理员" for each changed field; a new account lists its fields as created.</summary>
    public string Changes(AuditRow row)
    {
        var before = AuditLog.ReadFields(row.Before);
        var after = AuditLog.ReadFields(row.After);
        return string.Join("; ", after.Keys.Union(before.Keys).Select(field =>
        {
            var name = loc[$"Field_{field}"] is { ResourceNotFound: false } known ? known.Value : field;
            var afterText = FieldValue(field, after.GetValueOrDefault(field));
            return before.ContainsKey(field) ? $"{name}: {FieldValue(field, before[field])} → {afterText}" : $"{name}: {afterText}";
        }));
    }

    private string FieldValue(string field, string? value) => field switch
    {
        AccountAdministration.RoleField => value is null ? "" : accountLoc[$"Role_{value}"],
        AccountAdministration.RegionField => regions.FirstOrDefault(r => r.Code == value) is { } region
            ? DashboardCultures.Pick(region.NameZh, region.NameEn)
            : value ?? loc[nameof(Resources.Admin.WholeProvince)],
        AccountAdministration.DisabledField => loc[value == "true" ? nameof(Resources.Admin.Yes) : nameof(Resources.Admin.No)],
        AccountAdministration.LockedOutUntilField => DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var time)
            ? BeijingTime.Format(time)!
            : "-",
        _ => value ?? "",
    };
}
