using System.Text.Json;
using Dashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Audit;

/// <summary>Who acted, and from which client address.</summary>
public sealed record AuditActor(string? UserId, string? UserName, string? ClientAddress);

/// <summary>What happened: the kind, the actor, the account changed if any, and the changed fields before and after.</summary>
public sealed record AuditEvent(string Action, AuditActor Actor)
{
    public string? TargetId { get; init; }
    public string? TargetName { get; init; }
    public IReadOnlyDictionary<string, string?>? Before { get; init; }
    public IReadOnlyDictionary<string, string?>? After { get; init; }
    public string? Details { get; init; }
}

/// <summary>Writes the audit log. It only ever adds entries: nothing in the app changes or removes one.</summary>
public sealed class AuditLog([FromKeyedServices(WholeDatabaseDbContextFactory.Key)] IDbContextFactory<DashboardDbContext> dbFactory, TimeProvider clock)
{
    public async Task WriteAsync(AuditEvent audited, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(ToEntry(audited));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The entry for <paramref name="audited"/>, for a caller that saves it in the same transaction as the change it records.</summary>
    public AuditEntry ToEntry(AuditEvent audited) => new()
    {
        TimeUtc = clock.GetUtcNow().UtcDateTime,
        Action = audited.Action,
        ActorId = audited.Actor.UserId,
        ActorName = audited.Actor.UserName,
        ClientAddress = audited.Actor.ClientAddress,
        TargetId = audited.TargetId,
        TargetName = audited.TargetName,
        Before = audited.Before is null ? null : JsonSerializer.Serialize(audited.Before),
        After = audited.After is null ? null : JsonSerializer.Serialize(audited.After),
        Details = audited.Details,
    };

    /// <summary>A before or after column read back into its fields; anything unreadable gives no fields.</summary>
    public static IReadOnlyDictionary<string, string?> ReadFields(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return new Dictionary<string, string?>();
        }
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
        }
        catch (JsonException)
        {
            return new Dictionary<string, string?>();
        }
    }
}
