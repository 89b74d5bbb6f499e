namespace Dashboard.Data.Accounts;

/// <summary>The role names stored in the database: 领导, 工作人员 and 管理员.</summary>
public static class DashboardRoles
{
    public const string Leader = "Leader";
    public const string Staff = "Staff";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Leader, Staff, Admin];
}
