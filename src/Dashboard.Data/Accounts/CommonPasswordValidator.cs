using System.Collections.Frozen;
using Dashboard.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace Dashboard.Data.Accounts;

/// <summary>
/// Refuses a password found in the bundled list of common passwords (common-passwords.txt, one a line, compared
/// without regard to case): length is the only composition rule, so the list is what keeps "password1" out.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<DashboardUser>
{
    public const string ErrorCode = "CommonPassword";

    private static readonly Lazy<FrozenSet<string>> s_common = new(LoadList);

    public Task<IdentityResult> ValidateAsync(UserManager<DashboardUser> manager, DashboardUser user, string? password)
        => Task.FromResult(password is not null && s_common.Value.Contains(password)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = "This password is among the most common passwords." })
            : IdentityResult.Success);

    private static FrozenSet<string> LoadList()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Dashboard.Data.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in Dashboard.Data.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
