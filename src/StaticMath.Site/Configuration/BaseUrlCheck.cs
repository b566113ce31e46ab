using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Configuration;

/// <summary>
/// A site published without <c>baseUrl</c> gets a relative sitemap (which search engines reject), relative feed ids
/// and links (which feed readers cannot follow) and a relative <c>og:url</c> — silently. This is the warning (SM1503)
/// <c>build</c> and <c>check</c> give then. A base URL of <c>/</c> says "relative, on purpose" and is not warned about.
/// </summary>
public static class BaseUrlCheck
{
    /// <summary>The warning for <paramref name="config"/> (its base URL already overridden by <c>--base-url</c>), or null.</summary>
    public static Diagnostic? Warning(SiteConfig config)
    {
        if (!string.IsNullOrWhiteSpace(config.BaseUrl)) return null;
        var (line, column) = config.Locations.Of("baseUrl");
        return Diagnostic.Warning(DiagnosticCodes.MissingBaseUrl, config.Locations.File, line, column,
            "no baseUrl: the sitemap, the feed's ids and links, and og:url will be relative paths, which search engines and feed readers do not accept; " +
            "set baseUrl: https://… in staticmath.yml or pass --base-url URL (--base-url / publishes relative links on purpose)");
    }
}
