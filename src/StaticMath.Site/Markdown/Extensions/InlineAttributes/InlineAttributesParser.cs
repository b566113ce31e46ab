using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.InlineAttributes;

/// <summary>
/// Markdig's generic attributes, read only where Pandoc and kramdown read them in running text: right after a link,
/// an image or a code span (<c>[x](u){.c}</c>, <c>![a](i.png){width=50%}</c>, <c>`x`{.py}</c>). Anywhere else a brace
/// is text: Markdig alone would take <c>{E}</c> of <c>\mathbb{E}</c> or <c>{b}</c> of <c>a{b}c</c> as attributes of
/// the paragraph and drop the characters.
/// </summary>
public sealed class InlineAttributesParser : GenericAttributesParser
{
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (processor.Inline is not (LinkInline or CodeInline)) return false;
        if (!AttributeBlockSyntax.Opens(slice.AsSpan())) return false;
        return base.Match(processor, ref slice);
    }
}
