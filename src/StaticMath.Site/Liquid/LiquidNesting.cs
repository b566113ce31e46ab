using System.Text.RegularExpressions;

namespace StaticMath.Site.Liquid;

/// <summary>
/// Refuses Liquid too deep for Fluid before it reaches it: Fluid's parser recurses once per nested block and
/// parenthesis, and its renderer once per chained filter and per <c>and</c>/<c>or</c>; a stack overflow cannot be
/// caught in .NET — it would end the whole build (or <c>serve</c>). Real templates stay far below these limits.
/// </summary>
public static partial class LiquidNesting
{
    public const int MaxDepth = 100;
    public const int MaxParentheses = 32;
    public const int MaxFilters = 200;
    public const int MaxOperators = 200;

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "if", "unless", "for", "case", "capture", "tablerow", "comment", "raw", "highlight", "paginate", "with", "form",
    };

    /// <summary>The first place the text is too deep for Fluid, or null when the text is fine.</summary>
    public static LiquidTooDeep? Check(string text)
    {
        if (!text.Contains("{%", StringComparison.Ordinal) && !text.Contains("{{", StringComparison.Ordinal)) return null;
        var depth = 0;
        foreach (Match tag in TagName().Matches(text))
        {
            var name = tag.Groups[1].Value;
            if (name.StartsWith("end", StringComparison.Ordinal) && Blocks.Contains(name[3..])) depth = System.Math.Max(0, depth - 1);
            else if (Blocks.Contains(name) && ++depth > MaxDepth) return new(tag.Index, $"Liquid blocks nested more than {MaxDepth} deep");
        }
        return CheckExpressions(text);
    }

    /// <summary>Parentheses, filters and boolean operators inside each <c>{{ … }}</c> and <c>{% … %}</c>.</summary>
    private static LiquidTooDeep? CheckExpressions(string text)
    {
        for (var start = NextOpener(text, 0); start >= 0; start = NextOpener(text, start + 2))
        {
            var closer = text[start + 1] == '%' ? "%}" : "}}";
            var end = text.IndexOf(closer, start + 2, StringComparison.Ordinal);
            if (end < 0) end = text.Length;
            var inside = text.AsSpan(start + 2, end - start - 2);
            if (MaxParenthesisDepth(inside) > MaxParentheses)
                return new(start, $"Liquid expression with parentheses nested more than {MaxParentheses} deep");
            if (inside.Count('|') > MaxFilters)
                return new(start, $"Liquid expression with more than {MaxFilters} filters");
            if (Operators().Count(inside) > MaxOperators)
                return new(start, $"Liquid expression with more than {MaxOperators} 'and'/'or' operators");
            start = System.Math.Max(start, end - 2);
        }
        return null;
    }

    private static int NextOpener(string text, int from)
    {
        var brace = text.IndexOf('{', from);
        while (brace >= 0 && brace + 1 < text.Length && text[brace + 1] is not ('{' or '%'))
            brace = text.IndexOf('{', brace + 1);
        return brace >= 0 && brace + 1 < text.Length ? brace : -1;
    }

    private static int MaxParenthesisDepth(ReadOnlySpan<char> text)
    {
        int depth = 0, max = 0;
        foreach (var c in text)
        {
            if (c == '(') max = System.Math.Max(max, ++depth);
            else if (c == ')') depth = System.Math.Max(0, depth - 1);
        }
        return max;
    }

    [GeneratedRegex(@"\{%-?\s*([a-z_]+)")]
    private static partial Regex TagName();

    [GeneratedRegex(@"\b(?:and|or)\b")]
    private static partial Regex Operators();
}

/// <summary>Where Liquid is too deep for the template engine (0-based offset) and how.</summary>
public sealed record LiquidTooDeep(int Offset, string Message);
