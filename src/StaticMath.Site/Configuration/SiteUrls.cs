namespace StaticMath.Site.Configuration;

/// <summary>
/// The site's one URL helper: splits a base URL into origin and path prefix, and joins site-relative URLs onto them
/// with Jekyll's <c>relative_url</c>/<c>absolute_url</c> rules, which templates, post bodies, feeds and sitemaps share.
/// </summary>
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

    /// <summary>
    /// Jekyll's <c>relative_url</c>: the base path, then the URL with a leading slash ("assets/x.png" and
    /// "/assets/x.png" both become "/blog/assets/x.png"). The prefix is always added: under base path "/notes" the
    /// page URL "/notes/x/" is "/notes/notes/x/", as in Jekyll. URLs with a scheme, protocol-relative URLs and
    /// fragments pass through; the empty URL is the site's root.
    /// </summary>
    public static string Relative(string url, string basePath)
    {
        if (string.IsNullOrEmpty(url)) return basePath + "/";
        if (IsExternal(url) || url.StartsWith('#')) return url;
        return basePath + (url.StartsWith('/') ? url : "/" + url);
    }

    /// <summary>
    /// A root-relative link an author wrote in content (<c>[x](/posts/y/)</c>): prefixed with the base path unless
    /// it already starts with it, because authors of sub-path sites often write the published path themselves.
    /// Templates and page URLs use <see cref="Relative"/>, which always prefixes.
    /// </summary>
    public static string AuthoredLink(string url, string basePath)
    {
        if (basePath.Length > 0 && (url == basePath || url.StartsWith(basePath + "/", StringComparison.Ordinal)))
            return url;
        return Relative(url, basePath);
    }

    /// <summary>Jekyll's <c>absolute_url</c>: origin + <see cref="Relative"/>; without a configured origin the result stays root-relative.</summary>
    public static string Absolute(string url, string origin, string basePath)
    {
        if (IsExternal(url)) return url;
        return origin + Relative(url, basePath);
    }

    /// <summary>A URL with a scheme (<c>https:</c>, <c>mailto:</c>, <c>data:</c>, <c>tel:</c>…) or protocol-relative (<c>//host/x</c>).</summary>
    public static bool IsExternal(string url) => url.StartsWith("//", StringComparison.Ordinal) || HasScheme(url);

    // RFC 3986: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"
    private static bool HasScheme(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0])) return false;
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':') return true;
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return false;
        }
        return false;
    }
}
