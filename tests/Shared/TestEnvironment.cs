using System.Diagnostics.CodeAnalysis;

namespace Dashboard.Tests.Shared;

internal static class TestEnvironment
{
    /// <summary>CI sets CI=true; there a test whose prerequisite is missing fails instead of skipping.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the test with <paramref name="reason"/> when <paramref name="available"/> is false, except under CI, where it fails.</summary>
    public static void Require([DoesNotReturnIf(false)] bool available, string reason)
    {
        if (available)
        {
            return;
        }
        Assert.False(IsCi, $"CI=true, so this cannot be skipped: {reason}");
        Assert.Skip(reason);
    }
}
