using Markdig.Helpers;
using Markdig.Parsers;

namespace StaticMath.Site.Markdown.Extensions.KramdownAttributes;

/// <summary>Recognises <c>{:…}</c> in inline text; everything else starting with '{' is left to other parsers.</summary>
public sealed class KramdownAttributesInlineParser : InlineParser
{
    public KramdownAttributesInlineParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != ':') return false;
        var text = slice.Text;
        if (!KramdownAttributeList.TryParse(text, slice.Start, out var attributes, out var length))
            return false;
        var start = slice.Start;
        processor.Inline = new KramdownAttributesInline(attributes)
        {
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(start + length - 1)),
            Line = line,
            Column = column,
        };
        slice.Start += length;
        return true;
    }
}
