namespace Dashboard.Web.Utils;

/// <summary>What /culture/set may do with a request: change the language only for the app's own link, and go back only within the site.</summary>
public static class CultureSwitchRequest
{
    /// <summary>Where to go back to: the page the language was chosen on when that is a path on this site, otherwise the overview.</summary>
    public static string ReturnPath(string? redirectUri) => DashboardUrls.IsLocal(redirectUri) ? redirectUri : DashboardUrls.OverviewPath;

    /// <summary>
    /// False for a request another site made. Browsers say so in Sec-Fetch-Site ("none" is the reader's own
    /// typing or bookmark); older ones give it away by an Origin or Referer of another host. A request with none
    /// of these cannot be told apart and is let through: the cookie only holds a language.
    /// </summary>
    public static bool IsFromThisSite(string? fetchSite, string? origin, string? referer, string host)
    {
        if (!string.IsNullOrEmpty(fetchSite))
        {
            return fetchSite is "same-origin" or "none";
        }
        var from = string.IsNullOrEmpty(origin) ? referer : origin;
        return string.IsNullOrEmpty(from)
            || (Uri.TryCreate(from, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, host, StringComparison.OrdinalIgnoreCase));
    }
}
