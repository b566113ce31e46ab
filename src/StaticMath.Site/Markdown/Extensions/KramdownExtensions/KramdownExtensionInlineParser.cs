using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.KramdownExtensions;

/// <summary>
/// kramdown's extensions in a paragraph (span context): <c>{::comment}…{:/comment}</c> is dropped and
/// <c>{::nomarkdown}…{:/}</c> written as it is, both closed within the paragraph. Without a closer the text stays
/// (the block parser reports extensions that start a line).
/// </summary>
public sealed class KramdownExtensionInlineParser : InlineParser
{
    public KramdownExtensionInlineParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != ':') return false;
        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End + 1;
        if (KramdownExtensionTag.Read(text, start, end) is not { SelfClosed: false } tag
            || tag.Name is not (KramdownExtensionNames.Comment or KramdownExtensionNames.NoMarkdown)) return false;
        var closer = KramdownExtensionTag.FindCloser(text, start + tag.Length, end, tag.Name, out var closerLength);
        if (closer < 0) return false;

        var span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(closer + closerLength - 1));
        processor.Inline = tag.Name == KramdownExtensionNames.NoMarkdown
            ? new HtmlInline(text[(start + tag.Length)..closer]) { Span = span, Line = line, Column = column }
            : new LiteralInline(StringSlice.Empty) { Span = span, Line = line, Column = column };
        slice.Start = closer + closerLength;
        return true;
    }
}
