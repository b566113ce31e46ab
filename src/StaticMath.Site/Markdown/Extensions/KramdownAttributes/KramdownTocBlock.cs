using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace StaticMath.Site.Markdown.Extensions.KramdownAttributes;

/// <summary>
/// kramdown's <c>* TOC</c> / <c>{:toc}</c> marker. It renders an empty <c>nav.toc</c> placeholder that the
/// table-of-contents HTML post-processor fills from the rendered headings (so heading math is included). Zola's
/// <c>{{ toc() }}</c> and markdown-it's <c>[[toc]]</c> make the same block.
/// </summary>
public sealed class KramdownTocBlock(bool ordered, BlockParser? parser = null) : LeafBlock(parser)
{
    public bool Ordered { get; } = ordered;
}

public sealed class KramdownTocRenderer : HtmlObjectRenderer<KramdownTocBlock>
{
    /// <summary>Attribute marking a placeholder to fill; its value is the list element to build (ul or ol).</summary>
    public const string PlaceholderAttribute = "data-toc-placeholder";

    protected override void Write(HtmlRenderer renderer, KramdownTocBlock block)
    {
        renderer.EnsureLine();
        renderer.Write("<nav class=\"toc\" ").Write(PlaceholderAttribute).Write("=\"").Write(block.Ordered ? "ol" : "ul").Write('"');
        renderer.WriteAttributes(block);
        renderer.WriteLine("></nav>");
    }
}

/// <summary>Renders nothing: an IAL that survived resolution (never expected) must not leak its text.</summary>
public sealed class KramdownAttributesInlineRenderer : HtmlObjectRenderer<KramdownAttributesInline>
{
    protected override void Write(HtmlRenderer renderer, KramdownAttributesInline obj)
    {
    }
}
