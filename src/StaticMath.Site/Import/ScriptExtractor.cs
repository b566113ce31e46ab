using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace StaticMath.Site.Import;

/// <summary>
/// The inline scripts of an HTML file or template (Liquid, Go templates, Nunjucks all leave the HTML readable), each
/// with the file line its code starts on, read with AngleSharp.
/// </summary>
public static class ScriptExtractor
{
    private static readonly HashSet<string> ScriptTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "text/javascript", "application/javascript", "module", "text/x-mathjax-config", "text/x-mathjax-config;executeOnHubReady",
    };

    public static IEnumerable<(string Code, int FirstLine)> InlineScripts(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        foreach (var script in document.QuerySelectorAll("script").OfType<IHtmlScriptElement>())
        {
            if (script.HasAttribute("src") || !ScriptTypes.Contains(script.GetAttribute("type") ?? "")) continue;
            var code = script.TextContent;
            if (code.Trim().Length == 0) continue;
            var from = script.SourceReference?.Position.Index ?? 0;
            var at = html.IndexOf(code, System.Math.Clamp(from, 0, html.Length), StringComparison.Ordinal);
            var line = at < 0 ? 1 : 1 + html.AsSpan(0, at).Count('\n');
            yield return (code, line);
        }
    }
}
