using System.Globalization;
using System.Text;

namespace StaticMath.Site.Content;

/// <summary>
/// Turns a permalink pattern into a site-relative URL and output path. Accepts our tokens (<c>{slug}</c>,
/// <c>{year}</c>, <c>{month}</c>, <c>{day}</c>, <c>{section}</c>, <c>{path}</c>) and Jekyll's (<c>:title</c>,
/// <c>:slug</c>, <c>:year</c>, <c>:month</c>, <c>:day</c>, <c>:categories</c>). A URL ending in '/' is written as
/// <c>index.html</c> in that folder; one ending in a file name (<c>/about.html</c>) is written as that file; any other
/// is treated as a folder.
/// </summary>
public static class Permalinks
{
    public sealed record Tokens(string Slug, DateTimeOffset? Date, string Section, string Path, IReadOnlyList<string> Categories);

    public static string Expand(string pattern, Tokens tokens)
    {
        var date = tokens.Date;
        string Year() => date?.ToString("yyyy", CultureInfo.InvariantCulture) ?? "";
        string Month() => date?.ToString("MM", CultureInfo.InvariantCulture) ?? "";
        string Day() => date?.ToString("dd", CultureInfo.InvariantCulture) ?? "";
        var categories = string.Join('/', tokens.Categories.Select(Slug.From).Where(c => c.Length > 0));

        var text = pattern
            .Replace("{slug}", tokens.Slug, StringComparison.Ordinal)
            .Replace("{title}", tokens.Slug, StringComparison.Ordinal)
            .Replace("{year}", Year(), StringComparison.Ordinal)
            .Replace("{month}", Month(), StringComparison.Ordinal)
            .Replace("{day}", Day(), StringComparison.Ordinal)
            .Replace("{section}", tokens.Section, StringComparison.Ordinal)
            .Replace("{path}", tokens.Path, StringComparison.Ordinal)
            .Replace(":categories", categories, StringComparison.Ordinal)
            .Replace(":title", tokens.Slug, StringComparison.Ordinal)
            .Replace(":slug", tokens.Slug, StringComparison.Ordinal)
            .Replace(":year", Year(), StringComparison.Ordinal)
            .Replace(":month", Month(), StringComparison.Ordinal)
            .Replace(":day", Day(), StringComparison.Ordinal);
        return Normalize(text);
    }

    /// <summary>Leading slash, no empty segments, a trailing slash unless the last segment is a file name.</summary>
    public static string Normalize(string url)
    {
        var trailingSlash = url.EndsWith('/');
        var segments = url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder("/");
        builder.AppendJoin('/', segments);
        if (segments.Length == 0) return "/";
        var last = segments[^1];
        var isFile = !trailingSlash && System.IO.Path.HasExtension(last) && last.Length > 1 && !last.EndsWith('.');
        if (!isFile) builder.Append('/');
        return builder.ToString();
    }

    /// <summary>True when the URL has no <c>.</c>/<c>..</c> segments or characters unsafe in file names.</summary>
    public static bool IsSafe(string url) =>
        url.Split('/').All(s => s is not ("." or "..")) && url.IndexOfAny(['\\', '\0', '?', '#', ':', '*', '"', '<', '>', '|']) < 0;

    /// <summary>Output file for a URL: <c>/posts/x/</c> → <c>posts/x/index.html</c>, <c>/a.html</c> → <c>a.html</c>.</summary>
    /// <summary>True when an output path stays inside the output folder: relative, no '..' or '.' segment, no
    /// backslash, NUL or drive letter.</summary>
    public static bool IsSafeOutputPath(string outputPath) =>
        !Path.IsPathRooted(outputPath) && !outputPath.Contains('\\') && !outputPath.Contains('\0') && !outputPath.Contains(':')
        && outputPath.Split('/').All(segment => segment is not (".." or "."));

    public static string OutputPathFor(string url)
    {
        var trimmed = Uri.UnescapeDataString(url.TrimStart('/'));
        return trimmed.Length == 0 || trimmed.EndsWith('/') ? trimmed + "index.html" : trimmed;
    }
}
