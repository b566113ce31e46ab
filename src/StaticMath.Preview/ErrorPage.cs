using System.Net;
using System.Text;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Preview;

/// <summary>
/// What the browser shows while the latest build has errors: each error with its <c>path(line,col)</c>, message and
/// the offending source line. The page carries the live-reload script, so the next good save replaces it.
/// </summary>
public static class ErrorPage
{
    public static string Render(PreviewSnapshot snapshot, string siteDirectory)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Build failed — StaticMath</title><style>")
            .Append("body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222;background:#fff}")
            .Append("h1{color:#b00020}li{margin:1rem 0}code,pre{font-family:ui-monospace,monospace}")
            .Append("pre{background:#f6f6f6;padding:.5rem;overflow-x:auto;border-left:3px solid #b00020}")
            .Append("@media (prefers-color-scheme:dark){body{color:#eee;background:#161616}pre{background:#242424}}")
            .Append("</style></head><body><h1>The site did not build</h1>")
            .Append("<p>Fix the problem and save: this page reloads by itself.</p><ol>");
        foreach (var error in snapshot.Result.Diagnostics.Where(d => d.IsError))
        {
            html.Append("<li><code class=\"diagnostic\">").Append(WebUtility.HtmlEncode(error.ToString())).Append("</code>");
            if (SourceLine(siteDirectory, error) is { } line)
                html.Append("<pre class=\"source-line\">").Append(error.Line.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Append(" | ").Append(WebUtility.HtmlEncode(line)).Append("</pre>");
            html.Append("</li>");
        }
        html.Append("</ol></body></html>");
        return html.ToString();
    }

    private static string? SourceLine(string siteDirectory, Diagnostic diagnostic)
    {
        if (diagnostic.Line <= 0) return null;
        var full = Path.GetFullPath(Path.Combine(siteDirectory, diagnostic.Path));
        // Only files of the site are quoted.
        if (!full.StartsWith(Path.GetFullPath(siteDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        try
        {
            return File.ReadLines(full).Skip(diagnostic.Line - 1).FirstOrDefault();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
