using StaticMath.Site.Configuration;

namespace StaticMath.Site.Output;

/// <summary>
/// Writes <c>robots.txt</c>: every crawler may read every page (pages that must stay out of search results say so
/// with <c>noindex</c>), and the sitemap's absolute URL, which the robots.txt format requires, when the site has a
/// base URL. A site that brings its own robots.txt keeps it.
/// </summary>
public static class RobotsWriter
{
    public const string RobotsPath = "robots.txt";

    public static string Write(SiteConfig config)
    {
        var text = "User-agent: *\nAllow: /\n";
        if (config.Origin.Length > 0)
            text += "\nSitemap: " + SiteUrls.Absolute("/" + SitemapWriter.SitemapPath, config.Origin, config.BasePath) + "\n";
        return text;
    }
}
