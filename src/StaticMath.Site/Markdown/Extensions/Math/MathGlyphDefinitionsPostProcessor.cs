using AngleSharp.Dom;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>Adds the page's glyph outlines, once, at the end of &lt;body&gt; (after every SVG of the page is known).</summary>
public sealed class MathGlyphDefinitionsPostProcessor : IHtmlPostProcessor
{
    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) => false;

    public void Process(IDocument html, IElement body, PageRenderContext ctx) => AddDefinitions(ctx);

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx) => AddDefinitions(ctx);

    private static void AddDefinitions(PageRenderContext ctx)
    {
        if (PageMath.For(ctx).GlyphDefinitionsHtml() is { } definitions)
        {
            ctx.BodyEndHtml.Add(definitions);
        }
    }
}
