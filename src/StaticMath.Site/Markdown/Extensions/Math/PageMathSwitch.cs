using Markdig;
using StaticMath.Site.Content;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// A page turns math off with <c>math: false</c> (Hugo, Quarto), <c>mathjax: false</c> (Jekyll themes) or
/// <c>katex: false</c> in its front matter: then <c>$</c>, <c>\(</c> and <c>$$</c> are ordinary text, as on a site
/// that would not load MathJax for that page.
/// </summary>
internal static class PageMathSwitch
{
    private static readonly string[] Keys = ["math", "mathjax", "katex"];

    public static bool IsOff(Page page)
    {
        foreach (var key in Keys)
        {
            if (page.FrontMatter.TryGetValue(key, out var value)
                && (value is false || value is string s && s.Trim().Equals("false", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For the parsers: the page being parsed (when there is one) has math off.</summary>
    public static bool IsOff(MarkdownParserContext? context) =>
        context is not null
        && context.Properties.TryGetValue(typeof(PageRenderContext), out var value)
        && value is PageRenderContext page
        && IsOff(page.Page);
}
