namespace Dashboard.Data.Accounts;

/// <summary>What the start-up found out about accounts, for the sign-in page to tell.</summary>
public sealed class AccountStatus
{
    /// <summary>No admin exists and configuration named none to create: nobody can manage accounts until one is configured.</summary>
    public bool NeedsAdmin { get; set; }
}
