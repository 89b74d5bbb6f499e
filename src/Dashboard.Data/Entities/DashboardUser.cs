using Microsoft.AspNetCore.Identity;

namespace Dashboard.Data.Entities;

/// <summary>A person who signs in: leadership, union staff or an administrator, optionally bound to one 市州.</summary>
public sealed class DashboardUser : IdentityUser
{
    /// <summary>The 市州 a city union's account belongs to; null for a province-wide account.</summary>
    public string? RegionCode { get; set; }

    public Region? Region { get; set; }

    /// <summary>A disabled account cannot sign in, and its open pages lose their rights at the next revalidation.</summary>
    public bool IsDisabled { get; set; }
}
