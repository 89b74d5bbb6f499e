namespace Dashboard.Data.Entities;

/// <summary>
/// One line of the audit log: who did what, to whom, from where and when. Written once and never changed or removed
/// by the app (<see cref="DashboardDbContext"/> refuses it, and so do the table's triggers).
/// </summary>
public sealed class AuditEntry
{
    public int Id { get; set; }

    /// <summary>UTC, from the registered <see cref="TimeProvider"/>.</summary>
    public DateTime TimeUtc { get; set; }

    /// <summary>One of <see cref="Audit.AuditActions"/>: a string, so later kinds (imports, edits) need no migration.</summary>
    public required string Action { get; set; }

    /// <summary>The account that acted; for a failed sign-in, the account the name tried belongs to, if any.</summary>
    public string? ActorId { get; set; }

    /// <summary>The user name as it was then; for a failed sign-in, the name typed.</summary>
    public string? ActorName { get; set; }

    /// <summary>The account an admin changed, if the action changed one.</summary>
    public string? TargetId { get; set; }

    public string? TargetName { get; set; }

    public string? ClientAddress { get; set; }

    /// <summary>The changed fields before the change, as a JSON object (never a password).</summary>
    public string? Before { get; set; }

    /// <summary>The changed fields after the change, as a JSON object with the same keys as <see cref="Before"/>.</summary>
    public string? After { get; set; }

    /// <summary>A short reason or note, such as why a sign-in failed.</summary>
    public string? Details { get; set; }
}
