using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Markdown.Extensions.InlineFootnotes;

/// <summary>
/// Pandoc's inline note <c>^[text with $math$]</c>: the text becomes a Markdig <see cref="Footnote"/> whose paragraph
/// gets ordinary inline parsing (emphasis, links, math, citations), and the note mark a <see cref="FootnoteLink"/>, so
/// it renders exactly like a <c>[^1]</c> footnote. The bracket ends at its matching <c>]</c>; brackets inside code
/// spans, math or after a backslash do not count.
/// </summary>
public sealed class InlineFootnoteParser : InlineParser
{
    public InlineFootnoteParser()
    {
        OpeningCharacters = ['^'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End + 1;
        if (start + 1 >= end || text[start + 1] != '[')
        {
            return false;
        }

        var close = MatchingBracket(text, start + 1, end);
        if (close < 0 || text.AsSpan(start + 2, close - start - 2).IsWhiteSpace())
        {
            return false;
        }

        var footnote = new Footnote(InlineFootnoteNumbering.FootnoteOwner) { Label = "^inline" };
        footnote.Add(ContentParagraph(processor, text, start + 2, close));
        InlineFootnoteNumbering.Pending(processor.Document).Add(footnote);

        processor.GetSourcePosition(start, out var line, out var column);
        var link = new FootnoteLink(footnote)
        {
            Line = line,
            Column = column,
            Span = new SourceSpan(processor.GetSourcePosition(start), processor.GetSourcePosition(close)),
        };
        footnote.Links.Add(link);
        processor.Inline = link;
        slice.Start = close + 1;
        return true;
    }

    /// <summary>The note's text as a paragraph with its source lines, so diagnostics inside it point into the file.</summary>
    private static ParagraphBlock ContentParagraph(InlineProcessor processor, string text, int from, int to)
    {
        processor.GetSourcePosition(from, out var firstLine, out var firstColumn);
        var paragraph = new ParagraphBlock { Line = firstLine, Column = firstColumn };
        var segmentStart = from;
        while (segmentStart <= to)
        {
            var newline = text.IndexOf('\n', segmentStart, to - segmentStart);
            var segmentEnd = newline < 0 ? to : newline;
            processor.GetSourcePosition(segmentStart, out var line, out var column);
            // The line feed is kept on the slice: Markdig joins a paragraph's lines with each line's own new line.
            var segment = new StringSlice(text, segmentStart, segmentEnd - 1, newline < 0 ? NewLine.None : NewLine.LineFeed);
            paragraph.AppendLine(ref segment, column, line, processor.GetSourcePosition(segmentStart), false);
            segmentStart = segmentEnd + 1;
            if (newline < 0)
            {
                break;
            }
        }

        paragraph.Span = new SourceSpan(processor.GetSourcePosition(from), processor.GetSourcePosition(to) - 1);
        return paragraph;
    }

    private static int MatchingBracket(string text, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            switch (text[i])
            {
                case '\\' when MathSpanMatcher.Match(text, i, end, 0) is { } math:
                    i = math.End - 1;
                    break;
                case '\\':
                    i++;
                    break;
                case '$' when MathSpanMatcher.Match(text, i, end, 0) is { } math:
                    i = math.End - 1;
                    break;
                case '`':
                    var run = 1;
                    while (i + run < end && text[i + run] == '`')
                    {
                        run++;
                    }

                    var closeTicks = text.IndexOf(new string('`', run), i + run, end - i - run, StringComparison.Ordinal);
                    i = closeTicks < 0 ? i + run - 1 : closeTicks + run - 1;
                    break;
                case '[':
                    depth++;
                    break;
                case ']':
                    if (--depth == 0)
                    {
                        return i;
                    }

                    break;
                case '\n' when i + 1 < end && text[i + 1] == '\n':
                    return -1;
            }
        }

        return -1;
    }
}
