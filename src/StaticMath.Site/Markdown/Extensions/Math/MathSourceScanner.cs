using System.Text.RegularExpressions;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Character-level rules shared by the math parsers, following kramdown as MathJax-on-Jekyll posts rely on it:
/// closers are searched outside code spans and HTML comments, and <c>\$$</c> never closes <c>$$</c>.
/// </summary>
internal static partial class MathSourceScanner
{
    /// <summary>A bare numbered-environment opener (the environments MathJax accepts outside math delimiters).</summary>
    [GeneratedRegex(@"\G\\begin\{(equation|align|gather|multline|eqnarray)\*?\}", RegexOptions.CultureInvariant)]
    public static partial Regex EnvironmentOpener();

    /// <summary>Any such opener anywhere: a <c>$$</c> block containing one may legitimately span blank lines.</summary>
    [GeneratedRegex(@"\\begin\{(equation|align|gather|multline|eqnarray)\*?\}", RegexOptions.CultureInvariant)]
    public static partial Regex EnvironmentAnywhere();

    /// <summary>Index of the next <paramref name="closer"/> in <c>text[from..end)</c>, or -1. With
    /// <paramref name="skipCode"/>, code spans and HTML comments are stepped over (their content never closes math).</summary>
    public static int FindCloser(string text, int from, int end, string closer, bool skipCode)
    {
        var i = from;
        while (i <= end - closer.Length)
        {
            if (skipCode)
            {
                var skipped = SkipCodeOrComment(text, i, end);
                if (skipped > i)
                {
                    i = skipped;
                    continue;
                }
            }

            if (string.CompareOrdinal(text, i, closer, 0, closer.Length) == 0 && !IsEscapedDoubleDollar(text, i, closer))
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    /// <summary>For single-dollar math: the closing <c>$</c>, stepping over backslash pairs (<c>\$</c> is a dollar).</summary>
    public static int FindSingleDollarCloser(string text, int from, int end)
    {
        var i = from;
        while (i < end)
        {
            var skipped = SkipCodeOrComment(text, i, end);
            if (skipped > i)
            {
                i = skipped;
                continue;
            }

            var c = text[i];
            if (c == '\\')
            {
                i += 2;
                continue;
            }

            if (c == '$')
            {
                return i;
            }

            i++;
        }

        return -1;
    }

    /// <summary>Position after a code span or HTML comment starting at <paramref name="i"/>, else <paramref name="i"/>.</summary>
    public static int SkipCodeOrComment(string text, int i, int end)
    {
        var c = text[i];
        if (c == '`')
        {
            var run = 0;
            while (i + run < end && text[i + run] == '`')
            {
                run++;
            }

            // A closing run of exactly the same length ends the span; without one the backticks are literal.
            var j = i + run;
            while (j < end)
            {
                if (text[j] != '`')
                {
                    j++;
                    continue;
                }

                var closeRun = 0;
                while (j + closeRun < end && text[j + closeRun] == '`')
                {
                    closeRun++;
                }

                if (closeRun == run)
                {
                    return j + closeRun;
                }

                j += closeRun;
            }

            return i;
        }

        if (c == '<' && i + 4 <= end && string.CompareOrdinal(text, i, "<!--", 0, 4) == 0)
        {
            var close = text.IndexOf("-->", i + 4, end - (i + 4), StringComparison.Ordinal);
            return close >= 0 ? close + 3 : i;
        }

        return i;
    }

    /// <summary>kramdown treats a display that is alone on its line (or followed only by . , ;) as a block.</summary>
    public static bool IsStandaloneTrailer(string trailer) => trailer is "" or "." or "," or ";";

    /// <summary>True when only whitespace lies between the previous line break (or <paramref name="lineStart"/>) and <paramref name="position"/>.</summary>
    public static bool OnlyWhitespaceBefore(string text, int lineStart, int position)
    {
        for (var i = position - 1; i >= lineStart && text[i] != '\n'; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The rest of the line after <paramref name="position"/>, trimmed.</summary>
    public static string RestOfLine(string text, int position, int end)
    {
        var newline = text.IndexOf('\n', position, end - position);
        var stop = newline < 0 ? end : newline;
        return text[position..stop].Trim();
    }

    private static bool IsEscapedDoubleDollar(string text, int i, string closer) =>
        closer == "$$" && i > 0 && text[i - 1] == '\\';
}
