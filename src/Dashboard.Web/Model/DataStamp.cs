using System.Globalization;
using Dashboard.Web.Utils;

namespace Dashboard.Web.Model;

/// <summary>
/// The date the 数据截至 stamp gives: the latest committed change to records, to the minute in 北京时间, once there is one;
/// until then the published figures' date. The layout cascades it under <see cref="CascadeName"/> so the printed header and
/// a saved chart say what the app bar says, and follow it when records change.
/// </summary>
public static class DataStamp
{
    public const string CascadeName = "DataAsOf";

    public static string? Text(DateTime? recordsChangedUtc, string? publishedAsOf, CultureInfo culture)
        => recordsChangedUtc is { } changed ? BeijingTime.Format(changed)![..16]
            : publishedAsOf is { } asOf ? PartialDateFormat.Format(asOf, culture)
            : null;
}
