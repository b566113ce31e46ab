namespace StaticMath.Site.Configuration;

/// <summary>Splits a base URL into origin and path prefix, and joins site-relative URLs onto them.</summary>
public static class SiteUrls
{
    public static string OriginOf(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
            return "";
        return uri.GetLeftPart(UriPartial.Authority);
    }

    public static string BasePathOf(string baseUrl)
    {
        string path;
        if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https"))
            path = uri.AbsolutePath;
        else
            path = baseUrl.StartsWith('/') ? baseUrl : "";
        path = path.TrimEnd('/');
        return path.Length == 0 ? "" : path;
    }

    /// <summary>Prefixes a site-relative URL (<c>/posts/x/</c>) with the base path; other URLs pass through.</summary>
    public static string Relative(string url, string basePath)
    {
        if (string.IsNullOrEmpty(url)) return basePath.Length == 0 ? "/" : basePath + "/";
        if (IsExternal(url) || url.StartsWith('#')) return url;
        if (!url.StartsWith('/')) url = "/" + url;
        if (basePath.Length > 0 && (url == basePath || url.StartsWith(basePath + "/", StringComparison.Ordinal)))
            return url;
        return basePath + url;
    }

    /// <summary>Origin + base path + URL; without a configured origin the result stays root-relative.</summary>
    public static string Absolute(string url, string origin, string basePath)
    {
        if (IsExternal(url)) return url;
        return origin + Relative(url, basePath);
    }

    public static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || url.Contains("://", StringComparison.Ordinal) ||
        url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
}
