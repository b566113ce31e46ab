using System.Buffers;
using System.Globalization;

namespace StaticMath.Site.Content;

/// <summary>How many words a page's text has (the theme's <c>number_of_words</c>, a page's reading time).</summary>
public static class WordCount
{
    /// <summary>
    /// Words of a text or HTML fragment: a word starts at a letter or digit and goes on through letters, digits,
    /// apostrophes and hyphens; SVG elements, then tags, are not text (as if each were replaced by a space, SVG first).
    /// One scan, without copying the fragment: on a math page the SVG is most of the characters, and the scan jumps over
    /// each SVG element and tag with one search.
    /// </summary>
    public static int Of(string htmlOrText)
    {
        var text = htmlOrText.AsSpan();
        var words = 0;
        var inWord = false;
        var svg = NextSvg(text, 0);
        for (var i = 0; i < text.Length; i++)
        {
            var skipTo = i == svg.Start ? svg.End : text[i] == '<' ? TagEnd(text, i + 1, ref svg) : 0;
            if (skipTo > 0)
            {
                if (i == svg.Start) svg = NextSvg(text, svg.End);
                inWord = false;
                i = skipTo - 1;
                continue;
            }
            var c = text[i];
            if (inWord && (IsLetterOrNumber(c) || c is '\'' or '’' or '-')) continue;
            inWord = IsLetterOrNumber(c);
            if (inWord) words++;
        }
        return words;
    }

    /// <summary>The next SVG element from <paramref name="from"/> (<c>&lt;svg</c> to the first <c>&lt;/svg&gt;</c>, any case), or (-1, -1).</summary>
    private static (int Start, int End) NextSvg(ReadOnlySpan<char> text, int from)
    {
        for (var at = from; at < text.Length;)
        {
            var found = text[at..].IndexOfAny(SvgStart);
            if (found < 0) break;
            var start = at + found;
            var afterName = start + 4;
            if (afterName < text.Length && !IsWordChar(text[afterName]))
            {
                var close = text[afterName..].IndexOfAny(SvgEnd);
                // No later <svg can find a close either.
                return close < 0 ? (-1, -1) : (start, afterName + close + "</svg>".Length);
            }
            at = start + 1;
        }
        return (-1, -1);
    }

    /// <summary>
    /// The end of the tag whose name starts at <paramref name="from"/>: past the first <c>&gt;</c> that is not inside an
    /// SVG element (those are gone before tags are looked for), or 0 when there is none and the <c>&lt;</c> is text.
    /// </summary>
    private static int TagEnd(ReadOnlySpan<char> text, int from, ref (int Start, int End) svg)
    {
        var next = svg;
        for (var at = from; ;)
        {
            var close = text[at..].IndexOf('>');
            if (close < 0) return 0;
            close += at;
            if (next.Start < 0 || next.Start > close)
            {
                svg = next;
                return close + 1;
            }
            at = next.End;
            next = NextSvg(text, next.End);
        }
    }

    // Vectorised case-insensitive searches: span.IndexOf(…, OrdinalIgnoreCase) goes char by char under invariant
    // globalization, and the SVG on a math page is megabytes (it was ~15% of a warm build's CPU).
    private static readonly SearchValues<string> SvgStart = SearchValues.Create(["<svg"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> SvgEnd = SearchValues.Create(["</svg>"], StringComparison.OrdinalIgnoreCase);

    private static bool IsLetterOrNumber(char c) => char.IsLetter(c) || char.IsNumber(c);

    // What a regular expression's \b takes for a word character.
    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;
}
