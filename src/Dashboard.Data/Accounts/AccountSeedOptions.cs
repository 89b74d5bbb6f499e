namespace Dashboard.Data.Accounts;

/// <summary>What the start-up creates: the demo accounts (Development only), or the first admin from configuration.</summary>
public sealed record AccountSeedOptions(bool DemoAccounts, string? BootstrapAdminUserName, string? BootstrapAdminPassword);
