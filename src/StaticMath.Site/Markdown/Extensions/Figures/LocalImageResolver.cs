namespace StaticMath.Site.Markdown.Extensions.Figures;

/// <summary>
/// Where a page's image reference lives on disk. Root-relative paths (<c>/images/a.png</c>) are looked up in
/// <c>content/</c>, <c>static/</c> and the site folder; relative ones next to the page's source file. Remote URLs,
/// data URIs and unresolved template expressions are not local.
/// </summary>
public static class LocalImageResolver
{
    public static bool IsLocal(string src)
    {
        if (string.IsNullOrWhiteSpace(src)) return false;
        if (src.StartsWith("//", StringComparison.Ordinal) || src.StartsWith('#')) return false;
        if (src.Contains("{{", StringComparison.Ordinal) || src.Contains("{%", StringComparison.Ordinal)) return false;
        var colon = src.IndexOf(':');
        var slash = src.IndexOf('/');
        return colon < 0 || (slash >= 0 && slash < colon);
    }

    /// <summary>Candidate files in lookup order; <paramref name="sourcePath"/> is the page path relative to the site.
    /// <paramref name="basePath"/> is the site's URL path prefix (<c>/notes</c>), which <c>relative_url</c> puts in front
    /// of root-relative paths but which is not a folder on disk.</summary>
    public static IReadOnlyList<string> Candidates(string siteDirectory, string sourcePath, string src, string basePath = "")
    {
        var path = src;
        var cut = path.IndexOfAny(['?', '#']);
        if (cut >= 0) path = path[..cut];
        path = Uri.UnescapeDataString(path);
        if (path.Length == 0) return [];

        if (path.StartsWith('/'))
        {
            if (basePath.Length > 0 && path.StartsWith(basePath + "/", StringComparison.Ordinal)) path = path[basePath.Length..];
            var relative = path.TrimStart('/');
            return [Full(siteDirectory, "content", relative), Full(siteDirectory, "static", relative), Full(siteDirectory, relative)];
        }
        var pageDirectory = Path.GetDirectoryName(sourcePath.Replace('/', Path.DirectorySeparatorChar)) ?? "";
        return [Full(siteDirectory, pageDirectory, path), Full(siteDirectory, "static", path)];
    }

    private static string Full(params string[] parts) =>
        Path.GetFullPath(Path.Combine(parts.Select(p => p.Replace('/', Path.DirectorySeparatorChar)).ToArray()));
}
