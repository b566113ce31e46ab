using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace StaticMath.Site.Markdown.Extensions.Callouts;

/// <summary>
/// Renders blockquotes marked by <see cref="BlockQuoteCallouts"/> as callouts (no added title: al-folio authors write
/// their own heading inside); every other blockquote is rendered by Markdig's own renderer. (Markdig picks a renderer
/// per CLR type, so one renderer must serve both cases.)
/// </summary>
public sealed class QuoteCalloutRenderer : HtmlObjectRenderer<QuoteBlock>
{
    private readonly QuoteBlockRenderer _plain = new();

    protected override void Write(HtmlRenderer renderer, QuoteBlock block)
    {
        if (BlockQuoteCallouts.KindOf(block) is not { } kind)
        {
            _plain.Write(renderer, block);
            return;
        }
        var attributes = new HtmlAttributes();
        block.TryGetAttributes()?.CopyTo(attributes);
        attributes.AddClass(CalloutHtml.BoxClass);
        attributes.AddClass(CalloutHtml.KindClass(kind.Name));
        renderer.EnsureLine();
        renderer.Write("<blockquote").WriteAttributes(attributes).WriteLine(">");
        var implicitParagraphs = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(block);
        renderer.ImplicitParagraph = implicitParagraphs;
        renderer.EnsureLine();
        renderer.WriteLine("</blockquote>");
    }
}
