namespace Dashboard.Data.Audit;

/// <summary>
/// The kinds of audit entry. Stored as these strings, so a later kind (a data import, a record edited) is one more
/// constant here and a name in the page's resources, not a migration.
/// </summary>
public static class AuditActions
{
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";
    public const string LockedOut = "LockedOut";
    public const string SignOut = "SignOut";
    public const string PasswordChanged = "PasswordChanged";

    // An admin's changes to an account: the entry names the account and its fields before and after.
    public const string AccountCreated = "AccountCreated";
    public const string RoleChanged = "RoleChanged";
    public const string RegionChanged = "RegionChanged";
    public const string AccountDisabled = "AccountDisabled";
    public const string AccountEnabled = "AccountEnabled";
    public const string AccountUnlocked = "AccountUnlocked";
    public const string PasswordReset = "PasswordReset";

    // Changes to records: the entry names the batch, its file and its counts.
    public const string ImportCommitted = "ImportCommitted";
    public const string ImportUndone = "ImportUndone";
    public const string RecordEdited = "RecordEdited";

    public static IReadOnlyList<string> All { get; } =
    [
        SignIn, SignInFailed, LockedOut, SignOut, PasswordChanged,
        AccountCreated, RoleChanged, RegionChanged, AccountDisabled, AccountEnabled, AccountUnlocked, PasswordReset,
        ImportCommitted, ImportUndone, RecordEdited,
    ];
}

/// <summary>Why a sign-in failed, in <see cref="Entities.AuditEntry.Details"/>.</summary>
public static class SignInFailures
{
    public const string UnknownUser = "UnknownUser";
    public const string WrongPassword = "WrongPassword";
    public const string LockedOut = "LockedOut";
    public const string NotAllowed = "NotAllowed";
}
