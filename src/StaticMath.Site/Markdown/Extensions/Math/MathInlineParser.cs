using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Math in running text: <c>$…$</c>, <c>$$…$$</c>, <c>\(…\)</c>, <c>\[…\]</c>, kramdown's escaped <c>\\(…\\)</c> and
/// <c>\\[…\\]</c>, plus <c>\eqref{…}</c>/<c>\ref{…}</c> written outside math (MathJax processes those too).
/// Registered before Markdig's escape parser so <c>\\(</c> is seen before <c>\\</c> becomes a backslash; <c>\$</c>
/// is left to the escape parser (a literal dollar).
/// </summary>
public sealed class MathInlineParser : InlineParser
{
    public MathInlineParser()
    {
        OpeningCharacters = ['$', '\\'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End + 1;
        return text[start] == '$'
            ? MatchDollars(processor, ref slice, text, start, end)
            : MatchBackslash(processor, ref slice, text, start, end);
    }

    private static bool MatchDollars(InlineProcessor processor, ref StringSlice slice, string text, int start, int end)
    {
        if (start + 1 < end && text[start + 1] == '$')
        {
            var close = MathSourceScanner.FindCloser(text, start + 2, end, "$$", skipCode: true);
            if (close < 0)
            {
                // An unmatched $$ is two literal dollars; it must not open single-dollar math either.
                processor.Inline = new LiteralInline("$$") { Span = Span(processor, start, start + 2) };
                slice.Start = start + 2;
                return true;
            }

            var body = text[(start + 2)..close];
            var standalone = MathSourceScanner.OnlyWhitespaceBefore(text, 0, start)
                && MathSourceScanner.IsStandaloneTrailer(MathSourceScanner.RestOfLine(text, close + 2, end));
            var display = standalone || body.Trim().Contains('\n');
            return Emit(processor, ref slice, start, start + 2, body, close + 2, display, MathDelimiter.DoubleDollar);
        }

        // Single dollar: opens before a non-space, closes after a non-space and not before a digit ("$5 and $10").
        if (start + 1 >= end || char.IsWhiteSpace(text[start + 1]))
        {
            return false;
        }

        var closer = MathSourceScanner.FindSingleDollarCloser(text, start + 1, end);
        if (closer < 0 || char.IsWhiteSpace(text[closer - 1]) || (closer + 1 < end && char.IsDigit(text[closer + 1])))
        {
            return false;
        }

        return Emit(processor, ref slice, start, start + 1, text[(start + 1)..closer], closer + 1, false, MathDelimiter.Dollar);
    }

    private static bool MatchBackslash(InlineProcessor processor, ref StringSlice slice, string text, int start, int end)
    {
        if (start + 2 < end && text[start + 1] == '\\' && text[start + 2] is '(' or '[')
        {
            var isDisplay = text[start + 2] == '[';
            var closer = isDisplay ? @"\\]" : @"\\)";
            var close = MathSourceScanner.FindCloser(text, start + 3, end, closer, skipCode: true);
            if (close >= 0)
            {
                var delimiter = isDisplay ? MathDelimiter.EscapedBracket : MathDelimiter.EscapedParenthesis;
                return Emit(processor, ref slice, start, start + 3, text[(start + 3)..close], close + 3, isDisplay, delimiter);
            }

            return false;
        }

        if (start + 1 < end && text[start + 1] is '(' or '[')
        {
            var isDisplay = text[start + 1] == '[';
            var closer = isDisplay ? @"\]" : @"\)";
            var close = MathSourceScanner.FindCloser(text, start + 2, end, closer, skipCode: true);
            if (close >= 0)
            {
                var delimiter = isDisplay ? MathDelimiter.Bracket : MathDelimiter.Parenthesis;
                return Emit(processor, ref slice, start, start + 2, text[(start + 2)..close], close + 2, isDisplay, delimiter);
            }

            return false;
        }

        return MatchReference(processor, ref slice, text, start, end);
    }

    /// <summary><c>\eqref{label}</c> and <c>\ref{label}</c> in running text.</summary>
    private static bool MatchReference(InlineProcessor processor, ref StringSlice slice, string text, int start, int end)
    {
        bool withParentheses;
        int nameStart;
        if (string.CompareOrdinal(text, start, @"\eqref{", 0, 7) == 0)
        {
            withParentheses = true;
            nameStart = start + 7;
        }
        else if (string.CompareOrdinal(text, start, @"\ref{", 0, 5) == 0)
        {
            withParentheses = false;
            nameStart = start + 5;
        }
        else
        {
            return false;
        }

        var close = text.IndexOf('}', nameStart, end - nameStart);
        if (close < 0 || text.AsSpan(nameStart, close - nameStart).ContainsAny('\n', '{'))
        {
            return false;
        }

        processor.GetSourcePosition(start, out var line, out var column);
        processor.Inline = new MathReferenceInline
        {
            Label = text[nameStart..close].Trim(),
            WithParentheses = withParentheses,
            Span = Span(processor, start, close + 1),
            Line = line,
            Column = column,
        };
        slice.Start = close + 1;
        return true;
    }

    private static bool Emit(InlineProcessor processor, ref StringSlice slice, int start, int texStart, string body, int next,
        bool display, MathDelimiter delimiter)
    {
        processor.GetSourcePosition(start, out var line, out var column);
        processor.GetSourcePosition(texStart, out var texLine, out var texColumn);
        processor.Inline = new MathInline
        {
            Tex = body.Trim(),
            IsDisplay = display,
            Delimiter = delimiter,
            TexLine = texLine,
            TexColumn = texColumn,
            Span = Span(processor, start, next),
            Line = line,
            Column = column,
        };
        slice.Start = next;
        return true;
    }

    private static SourceSpan Span(InlineProcessor processor, int start, int endExclusive)
    {
        var from = processor.GetSourcePosition(start);
        return new SourceSpan(from, from + (endExclusive - start) - 1);
    }
}
