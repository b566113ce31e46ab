using Markdig;
using StaticMath.Site.Markdown.Extensions.MarkdownInHtml;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Math delimiters as a Jekyll site shows them: kramdown reads the Markdown, then MathJax the HTML. On pages read as
/// kramdown (<see cref="KramdownHtmlBlocks.AppliesTo"/>) a single-backslash <c>\(</c>/<c>\[</c> is escaped punctuation
/// (MathJax only ever sees <c>(</c>), so <c>f\(x\)</c> is text and kramdown's <c>\\(</c>/<c>\\[</c> are the math; and
/// single dollars follow MathJax, which accepts <c>$ x $</c>. Everywhere else (Hugo, Zola, Quarto, Eleventy: MathJax
/// or KaTeX read the source) <c>\(</c> is math and dollars follow Pandoc's rule.
/// </summary>
internal static class KramdownMath
{
    public static bool AppliesTo(MarkdownParserContext? context) =>
        context is not null
        && context.Properties.TryGetValue(typeof(PageRenderContext), out var value)
        && value is PageRenderContext page
        && KramdownHtmlBlocks.AppliesTo(page);
}
