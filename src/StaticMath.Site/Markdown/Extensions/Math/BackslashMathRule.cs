using Markdig;
using StaticMath.Site.Markdown.Extensions.MarkdownInHtml;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Whether a single backslash <c>\(</c>/<c>\[</c> opens math on the page being parsed. kramdown reads <c>\(</c> and
/// <c>\[</c> as escaped punctuation (MathJax on a Jekyll site only ever sees <c>(</c>), so on pages read as kramdown
/// (<see cref="KramdownHtmlBlocks.AppliesTo"/>) only its <c>\\(</c>/<c>\\[</c> are math and <c>f\(x\)</c> is text.
/// Everywhere else (Hugo, Zola, Quarto, Eleventy: MathJax/KaTeX read the source) <c>\(</c> is math.
/// </summary>
internal static class BackslashMathRule
{
    public static bool SingleBackslashOpensMath(MarkdownParserContext? context) =>
        context is null
        || !context.Properties.TryGetValue(typeof(PageRenderContext), out var value)
        || value is not PageRenderContext page
        || !KramdownHtmlBlocks.AppliesTo(page);
}
