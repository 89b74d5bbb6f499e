using Dashboard.Data.Seeding;
using Dashboard.Web.Utils;

namespace Dashboard.Web.Model;

/// <summary>What the layout needs from the page request: read once while prerendering and handed to the interactive render.</summary>
/// <param name="DataAsOf">The published figures' date, ISO to the precision known ("2025-05").</param>
/// <param name="SeedError">Why start-up seeding stopped, if it did.</param>
/// <param name="RecordsChangedUtc">When records last changed by an import, an undo or an edit; null while they are as seeded.</param>
public sealed record ShellState(ThemePreference Theme, string? DataAsOf, SeedFailure? SeedError, DateTime? RecordsChangedUtc = null);
