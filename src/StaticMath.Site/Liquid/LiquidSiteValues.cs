using StaticMath.Site.Configuration;

namespace StaticMath.Site.Liquid;

/// <summary>Jekyll's <c>site</c> object as far as the configuration makes it (the build adds its page lists for layouts).</summary>
public static class LiquidSiteValues
{
    /// <summary>The <c>site</c> values that come from <c>staticmath.yml</c> alone (no page lists): what layouts and
    /// Liquid in post bodies both see.</summary>
    public static Dictionary<string, object?> Of(SiteConfig config)
    {
        var site = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in config.Extra) site[key] = value;
        site["title"] = config.Title;
        site["description"] = config.Description;
        site["author"] = config.Author;
        site["lang"] = config.Language;
        site["language"] = config.Language;
        site["theme"] = config.Theme;
        site["base_url"] = config.BaseUrl;
        site["baseUrl"] = config.BaseUrl;
        // Jekyll's meaning: `site.url` is the origin, `site.baseurl` the path prefix.
        site["url"] = config.Origin;
        site["baseurl"] = config.BasePath;
        return site;
    }
}
