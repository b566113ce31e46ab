namespace StaticMath.Site.Check;

/// <summary>How a URL in a page relates to the output folder.</summary>
public enum UrlTargetKind
{
    /// <summary>Another host or scheme (http elsewhere, mailto:, data:…): never fetched, never checked.</summary>
    External,

    /// <summary>A file inside the output folder (its fragment, if any, is checked against that page).</summary>
    Internal,

    /// <summary>Same host but outside the base path the site is served under: cannot resolve.</summary>
    OutsideBasePath,

    /// <summary>Not a URL a browser could resolve.</summary>
    Invalid,
}

/// <summary>A resolved URL: for internal ones, the output-relative path (forward slashes, decoded) and fragment.</summary>
public readonly record struct UrlTarget(UrlTargetKind Kind, string Path, string? Fragment);

/// <summary>
/// Resolves the URLs found in a page the way a browser would against the page's own URL, then maps internal ones to
/// files of the output folder (directory URLs to <c>index.html</c>; extension-less URLs to <c>.html</c> as static
/// hosts do).
/// </summary>
public sealed class OutputUrlResolver
{
    // A placeholder origin: relative URLs are resolved against it, and only it counts as "this site".
    private static readonly Uri Origin = new("http://site.invalid/");
    private readonly string _basePath;
    private readonly Uri? _siteUrl;

    public OutputUrlResolver(string basePath, string? siteUrl)
    {
        _basePath = NormaliseBasePath(basePath);
        if (!string.IsNullOrWhiteSpace(siteUrl) && Uri.TryCreate(siteUrl.TrimEnd('/') + "/", UriKind.Absolute, out var site))
            _siteUrl = site;
    }

    /// <summary>The URL of a page given its output-relative path: <c>a/index.html</c> is <c>/base/a/</c>.</summary>
    public Uri PageUrl(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        if (path == "index.html")
            path = "";
        else if (path.EndsWith("/index.html", StringComparison.Ordinal))
            path = path[..^"index.html".Length];
        return new Uri(Origin, _basePath + string.Join('/', path.Split('/').Select(Uri.EscapeDataString)));
    }

    public UrlTarget Resolve(Uri pageUrl, string url)
    {
        // The site's own absolute URL (canonical, feed) is internal: rewrite it onto the placeholder origin.
        if (_siteUrl is not null && url.StartsWith(_siteUrl.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase) &&
            Uri.TryCreate(url, UriKind.Absolute, out var absolute) &&
            string.Equals(absolute.Host, _siteUrl.Host, StringComparison.OrdinalIgnoreCase))
        {
            url = absolute.PathAndQuery + absolute.Fragment;
        }

        if (!Uri.TryCreate(pageUrl, url, out var resolved))
            return new UrlTarget(UrlTargetKind.Invalid, url, null);
        if (resolved.Scheme != Origin.Scheme || !string.Equals(resolved.Authority, Origin.Authority, StringComparison.OrdinalIgnoreCase))
            return new UrlTarget(UrlTargetKind.External, "", null);

        var fragment = resolved.Fragment.Length > 1 ? Uri.UnescapeDataString(resolved.Fragment[1..]) :
            resolved.Fragment.Length == 1 ? "" : null;
        var path = resolved.AbsolutePath;
        if (!(path + "/").StartsWith(_basePath, StringComparison.Ordinal))
            return new UrlTarget(UrlTargetKind.OutsideBasePath, Uri.UnescapeDataString(path), fragment);

        var relative = path.Length >= _basePath.Length ? path[_basePath.Length..] : "";
        return new UrlTarget(UrlTargetKind.Internal, Uri.UnescapeDataString(relative), fragment);
    }

    /// <summary>
    /// The output file an internal path names, or null when none exists. <paramref name="fileExists"/> and
    /// <paramref name="directoryExists"/> take output-relative paths (injectable for tests and for speed).
    /// </summary>
    public static string? FindFile(string relativePath, Func<string, bool> fileExists, Func<string, bool> directoryExists)
    {
        if (relativePath.Length == 0 || relativePath.EndsWith('/'))
            return fileExists(relativePath + "index.html") ? relativePath + "index.html" : null;
        if (fileExists(relativePath))
            return relativePath;
        if (directoryExists(relativePath) && fileExists(relativePath + "/index.html"))
            return relativePath + "/index.html";
        if (!Path.HasExtension(relativePath) && fileExists(relativePath + ".html"))
            return relativePath + ".html";
        return null;
    }

    private static string NormaliseBasePath(string basePath)
    {
        var trimmed = (basePath ?? "").Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : "/" + trimmed + "/";
    }
}
