using Markdig;
using Markdig.Syntax;
using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Markdown;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Math;

/// <summary>Parses Markdown with the extensions a site uses plus math, and lists the math it found, in order.</summary>
internal static class MathDelimiterTestPipeline
{
    // The site's own pipeline, so the tests also guard how math coexists with the other extensions.
    private static readonly MarkdownPipeline Pipeline = SiteFeatures.Pipeline(new SiteConfig(), new DiagnosticBag()).Markdown;

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    public static IReadOnlyList<IMathExpression> Expressions(string markdown) =>
        Parse(markdown).Descendants().OfType<IMathExpression>().ToList();

    public static IReadOnlyList<(string Tex, bool Display)> Found(string markdown) =>
        Expressions(markdown).Select(e => (e.Tex, e.IsDisplay)).ToList();

    /// <summary>Text of the document outside math, as literal inlines and code (to check what stayed text).</summary>
    public static string Text(string markdown) =>
        string.Concat(Parse(markdown).Descendants().Select(n => n switch
        {
            Markdig.Syntax.Inlines.LiteralInline literal => literal.Content.ToString(),
            Markdig.Syntax.Inlines.CodeInline code => code.Content,
            Markdig.Syntax.Inlines.HtmlInline html => html.Tag,
            _ => "",
        }));
}
