using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Math in running text (<see cref="MathSpanMatcher"/> has the delimiter rules), plus <c>\eqref{…}</c>/<c>\ref{…}</c>
/// written outside math (MathJax processes those too). Registered before Markdig's escape parser so <c>\\(</c> is
/// seen before <c>\\</c> becomes a backslash; <c>\$</c> is left to the escape parser (a literal dollar).
/// </summary>
public sealed class MathInlineParser : InlineParser
{
    private readonly MathEscapes _escapes;

    public MathInlineParser(MathEscapes escapes = MathEscapes.Markdown)
    {
        OpeningCharacters = ['$', '\\'];
        _escapes = escapes;
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (PageMathSwitch.IsOff(processor.Context))
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start;
        var end = slice.End + 1;
        var kramdownPage = KramdownMath.AppliesTo(processor.Context);
        var span = MathSpanMatcher.Match(text, start, end, lineStart: 0, paddedDollars: kramdownPage);
        if (span is { } math && !IsEmptyBackslashMath(text, math) && !(kramdownPage && IsSingleBackslash(math)))
        {
            processor.GetSourcePosition(start, out var line, out var column);
            var tex = text[math.TexStart..math.TexEnd];
            var texStart = math.Delimiter == MathDelimiter.Dollar ? math.TexStart : math.TexStart + (tex.Length - tex.TrimStart().Length);
            processor.GetSourcePosition(texStart, out var texLine, out var texColumn);
            processor.Inline = new MathInline
            {
                Tex = MarkdownEscapesInMath.Remove(math.Delimiter == MathDelimiter.Dollar ? tex : tex.Trim(), _escapes),
                IsDisplay = math.IsDisplay,
                Delimiter = math.Delimiter,
                TexLine = texLine,
                TexColumn = texColumn,
                Span = Span(processor, start, math.End),
                Line = line,
                Column = column,
            };
            slice.Start = math.End;
            return true;
        }

        if (kramdownPage && MathSpanMatcher.EmptyDollarPairLength(text, start, end) is > 0 and var emptyPair)
        {
            processor.Inline = new LiteralInline(text.Substring(start, emptyPair)) { Span = Span(processor, start, start + emptyPair) };
            slice.Start = start + emptyPair;
            return true;
        }

        if (text[start] == '$' && start + 1 < end && text[start + 1] == '$')
        {
            // An unmatched $$ is two literal dollars; it must not open single-dollar math either.
            processor.Inline = new LiteralInline("$$") { Span = Span(processor, start, start + 2) };
            slice.Start = start + 2;
            return true;
        }

        return text[start] == '\\' && MatchReference(processor, ref slice, text, start, end);
    }

    /// <summary>
    /// <c>\(\)</c> or <c>\[\\\]</c> typesets nothing: in prose that is a run of Markdown escapes (CommonMark example 12),
    /// so it stays text rather than becoming an empty picture that swallows the characters.
    /// </summary>
    private static bool IsEmptyBackslashMath(string text, MathSpan math) =>
        math.Delimiter is MathDelimiter.Parenthesis or MathDelimiter.Bracket or MathDelimiter.EscapedParenthesis or MathDelimiter.EscapedBracket
        && text.AsSpan(math.TexStart, math.TexEnd - math.TexStart).Trim().Trim('\\').IsEmpty;

    private static bool IsSingleBackslash(MathSpan math) => math.Delimiter is MathDelimiter.Parenthesis or MathDelimiter.Bracket;

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

        if (nameStart >= end)
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

    private static SourceSpan Span(InlineProcessor processor, int start, int endExclusive)
    {
        var from = processor.GetSourcePosition(start);
        return new SourceSpan(from, from + (endExclusive - start) - 1);
    }
}
