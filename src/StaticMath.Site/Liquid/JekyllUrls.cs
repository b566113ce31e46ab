namespace StaticMath.Site.Liquid;

/// <summary>Jekyll's <c>relative_url</c> / <c>absolute_url</c> rules.</summary>
public static class JekyllUrls
{
    public static bool IsAbsolute(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto" or "ftp" or "data");

    /// <summary>Prefixes the base URL path: "assets/x.png" and "/assets/x.png" both become "/blog/assets/x.png".</summary>
    public static string Relative(string input, string baseUrl)
    {
        if (IsAbsolute(input) || input.StartsWith('#')) return input;
        var basePath = NormalizeBase(baseUrl);
        var path = "/" + input.TrimStart('/');
        if (input.Length == 0) path = "/";
        return basePath + path;
    }

    public static string Absolute(string input, string baseUrl, string? siteUrl)
    {
        if (IsAbsolute(input)) return input;
        var relative = Relative(input, baseUrl);
        return string.IsNullOrEmpty(siteUrl) ? relative : siteUrl.TrimEnd('/') + relative;
    }

    /// <summary>"/" and "" mean no prefix; "blog/" becomes "/blog".</summary>
    public static string NormalizeBase(string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl)) return "";
        var trimmed = baseUrl.Trim().Trim('/');
        return trimmed.Length == 0 ? "" : "/" + trimmed;
    }
}
