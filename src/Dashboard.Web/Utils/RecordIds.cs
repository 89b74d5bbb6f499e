using System.Globalization;

namespace Dashboard.Web.Utils;

public static class RecordIds
{
    /// <summary>A record id from a route or a link; anything but a plain positive number names no record.</summary>
    public static int? Parse(string? id)
        => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
