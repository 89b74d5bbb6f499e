using Dashboard.Data.Accounts;
using Dashboard.Data.Entities;
using Dashboard.Data.Tests.Shared;
using Dashboard.Tests.Shared.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Data.Tests.Accounts;

/// <summary>The password policy as a user meets it: through the app's user manager, with every validator it registers.</summary>
public sealed class CommonPasswordValidatorTests
{
    [Theory]
    [InlineData("password")]
    [InlineData("12345678")]
    [InlineData("Sichuan123")]
    [InlineData("QWERTYUI")]
    public async Task ValidatePassword_CommonPassword_Refused(string password)
    {
        var errors = await ValidateAsync(password);

        Assert.Contains(CommonPasswordValidator.ErrorCode, errors);
    }

    [Theory]
    [InlineData("tuvwxyzq")]
    [InlineData("熊猫吃竹子的午后")]
    [InlineData("Sichuan-Demo-2025")]
    public async Task ValidatePassword_EightCharactersNotCommon_Accepted(string password)
    {
        Assert.Empty(await ValidateAsync(password));
    }

    [Fact]
    public async Task ValidatePassword_SevenCharacters_RefusedAsTooShort()
    {
        Assert.Equal(["PasswordTooShort"], await ValidateAsync("tuvwxyz"));
    }

    [Fact]
    public async Task ValidatePassword_SixtyFourCharacters_Accepted()
    {
        // Arrange
        var password = string.Concat(Enumerable.Repeat("峨眉山月半轮秋", 9)) + "影";
        Assert.Equal(64, password.Length);

        // Act
        var errors = await ValidateAsync(password);

        // Assert
        Assert.Empty(errors);
    }

    private static async Task<IReadOnlyList<string>> ValidateAsync(string password)
    {
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var services = AccountServices.Create(database, new AccountSeedOptions(false, null, null));
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DashboardUser>>();
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(users, new DashboardUser { UserName = "tester" }, password)).Errors.Select(e => e.Code));
        }
        return errors;
    }
}
