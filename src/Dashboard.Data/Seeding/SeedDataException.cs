namespace Dashboard.Data.Seeding;

/// <summary>A seed file that cannot be read or that names something that does not exist.</summary>
public sealed class SeedDataException(string message, Exception? innerException = null) : Exception(message, innerException);
