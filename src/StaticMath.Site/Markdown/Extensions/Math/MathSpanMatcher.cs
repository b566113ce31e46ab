namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>Where one expression sits in a run of text: delimiters included (<see cref="Start"/>..<see cref="End"/>) and the TeX inside.</summary>
internal readonly record struct MathSpan(int Start, int TexStart, int TexEnd, int End, bool IsDisplay, MathDelimiter Delimiter);

/// <summary>
/// The running-text delimiter rules (kramdown as MathJax-on-Jekyll posts rely on it), shared by the Markdig inline
/// parser and the scanner for math written inside raw HTML.
/// </summary>
internal static class MathSpanMatcher
{
    /// <summary>Matches an expression opening at <paramref name="start"/> (a <c>$</c> or <c>\</c>) within
    /// <c>text[..end)</c>; <paramref name="lineStart"/> bounds the look-back for "alone on its line";
    /// <paramref name="paddedDollars"/> reads single dollars as MathJax does (see <see cref="MatchSingleDollar"/>).</summary>
    public static MathSpan? Match(string text, int start, int end, int lineStart, bool paddedDollars = false)
    {
        if (start >= end)
        {
            return null;
        }

        return text[start] switch
        {
            '$' when start + 1 < end && text[start + 1] == '$' => MatchDoubleDollar(text, start, end, lineStart),
            '$' => MatchSingleDollar(text, start, end, paddedDollars),
            '\\' => MatchBackslash(text, start, end),
            _ => null,
        };
    }

    private static MathSpan? MatchDoubleDollar(string text, int start, int end, int lineStart)
    {
        var close = MathSourceScanner.FindCloser(text, start + 2, end, "$$", skipCode: true);
        if (close < 0)
        {
            return null;
        }

        // kramdown: display when the $$…$$ fills its line (sentence punctuation aside) or spans lines.
        var standalone = MathSourceScanner.OnlyWhitespaceBefore(text, lineStart, start)
            && MathSourceScanner.IsStandaloneTrailer(MathSourceScanner.RestOfLine(text, close + 2, end));
        var display = standalone || text.AsSpan(start + 2, close - start - 2).Trim().Contains('\n');
        return new MathSpan(start, start + 2, close, close + 2, display, MathDelimiter.DoubleDollar);
    }

    private static MathSpan? MatchSingleDollar(string text, int start, int end, bool paddedDollars)
    {
        // Pandoc's rule: opens before a non-space; closes after a non-space and not before a digit ("$5 and $10" is
        // money). A space that ends a control word is part of it in TeX, not a space before the closer: $\sqrt \epsilon $
        // is math. With paddedDollars (MathJax, which Jekyll/al-folio posts are written for) spaces inside the dollars
        // are allowed, $ x $ and $x_i $, but never an empty pair, and the money rule still holds.
        if (start + 1 >= end || (!paddedDollars && char.IsWhiteSpace(text[start + 1])))
        {
            return null;
        }

        var close = MathSourceScanner.FindSingleDollarCloser(text, start + 1, end);
        if (close < 0 || text.AsSpan(start + 1, close - start - 1).IsWhiteSpace()
            || (!paddedDollars && char.IsWhiteSpace(text[close - 1]) && !EndsWithControlWordAndSpace(text, start + 1, close))
            || (close + 1 < end && char.IsDigit(text[close + 1])))
        {
            return null;
        }

        return new MathSpan(start, start + 1, close, close + 1, false, MathDelimiter.Dollar);
    }

    /// <summary>The length of an empty <c>$ $</c> at <paramref name="start"/> (0 if there is none): text, and both dollars
    /// with it, so the second cannot open math that swallows the words after it.</summary>
    public static int EmptyDollarPairLength(string text, int start, int end)
    {
        if (text[start] != '$')
        {
            return 0;
        }

        var i = start + 1;
        while (i < end && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i > start + 1 && i < end && text[i] == '$' ? i + 1 - start : 0;
    }

    /// <summary>True when <c>text[from..to)</c> ends with <c>\word</c> and spaces (TeX skips them); not <c>\\word</c>.</summary>
    private static bool EndsWithControlWordAndSpace(string text, int from, int to)
    {
        var word = to;
        while (word > from && text[word - 1] is ' ' or '\t')
        {
            word--;
        }

        var letters = word;
        while (letters > from && char.IsAsciiLetter(text[letters - 1]))
        {
            letters--;
        }

        var backslashes = 0;
        while (letters - backslashes - 1 >= from && text[letters - backslashes - 1] == '\\')
        {
            backslashes++;
        }

        return word < to && letters < word && backslashes % 2 == 1;
    }

    private static MathSpan? MatchBackslash(string text, int start, int end)
    {
        if (start + 2 < end && text[start + 1] == '\\' && text[start + 2] is '(' or '[')
        {
            // kramdown's escaped \\( \\[ (it hands MathJax \( \[).
            var display = text[start + 2] == '[';
            var close = MathSourceScanner.FindCloser(text, start + 3, end, display ? @"\\]" : @"\\)", skipCode: true);
            return close < 0
                ? null
                : new MathSpan(start, start + 3, close, close + 3, display, display ? MathDelimiter.EscapedBracket : MathDelimiter.EscapedParenthesis);
        }

        if (start + 1 < end && text[start + 1] is '(' or '[')
        {
            var display = text[start + 1] == '[';
            var close = MathSourceScanner.FindCloser(text, start + 2, end, display ? @"\]" : @"\)", skipCode: true);
            return close < 0
                ? null
                : new MathSpan(start, start + 2, close, close + 2, display, display ? MathDelimiter.Bracket : MathDelimiter.Parenthesis);
        }

        return null;
    }
}
