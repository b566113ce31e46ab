namespace StaticMath.Site.Liquid;

/// <summary>Position arithmetic over Liquid source text: offsets to lines and finding a tag's extent.</summary>
internal static class LiquidSourceText
{
    /// <summary>1-based line and column of an offset.</summary>
    public static (int Line, int Column) LineColumnOf(string text, int offset)
    {
        offset = System.Math.Clamp(offset, 0, text.Length);
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return (line, offset - lineStart + 1);
    }

    /// <summary>Offset of a 1-based line/column (clamped to the text).</summary>
    public static int OffsetOf(string text, int line, int column)
    {
        var offset = 0;
        for (var l = 1; l < line && offset < text.Length; offset++)
            if (text[offset] == '\n') l++;
        return System.Math.Clamp(offset + System.Math.Max(0, column - 1), 0, text.Length);
    }

    /// <summary>
    /// The tag (<c>{% … %}</c> or <c>{{ … }}</c>) containing or preceding <paramref name="offset"/>: start and
    /// length. An unterminated tag extends to the end of its line.
    /// </summary>
    public static (int Start, int Length)? TagAround(string text, int offset)
    {
        offset = System.Math.Min(offset, text.Length);
        var start = LastOpenerAtOrBefore(text, offset);
        if (start < 0) return null;
        return (start, TagLength(text, start));
    }

    public static int TagLength(string text, int start)
    {
        var closer = text[start + 1] == '%' ? "%}" : "}}";
        var lineEnd = text.IndexOf('\n', start);
        var close = text.IndexOf(closer, start + 2, StringComparison.Ordinal);
        // A closer past a blank line or past the next opener belongs to someone else.
        var nextOpener = NextOpener(text, start + 2);
        var blankLine = text.IndexOf("\n\n", start, StringComparison.Ordinal);
        var limit = new[] { nextOpener, blankLine }.Where(i => i >= 0).DefaultIfEmpty(text.Length).Min();
        if (close >= 0 && close < limit) return close + 2 - start;
        return (lineEnd < 0 ? text.Length : lineEnd) - start;
    }

    public static int LastOpenerAtOrBefore(string text, int offset)
    {
        for (var i = System.Math.Min(offset, text.Length - 2); i >= 0; i--)
            if (text[i] == '{' && text[i + 1] is '%' or '{') return i;
        return -1;
    }

    public static int NextOpener(string text, int from)
    {
        for (var i = from; i + 1 < text.Length; i++)
            if (text[i] == '{' && text[i + 1] is '%' or '{') return i;
        return -1;
    }

    public static int CountNewlines(string text, int start, int length)
    {
        var n = 0;
        for (var i = start; i < start + length && i < text.Length; i++)
            if (text[i] == '\n') n++;
        return n;
    }
}
