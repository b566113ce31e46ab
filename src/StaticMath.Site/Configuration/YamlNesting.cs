namespace StaticMath.Site.Configuration;

/// <summary>
/// Refuses YAML flow collections (<c>[…]</c>, <c>{…}</c>) nested too deeply before YamlDotNet reads them: its parser
/// slows down with the square of the depth (100,000 <c>[</c> took over a minute). Brackets inside quoted scalars and
/// comments do not count. Real front matter and configuration nest a few levels.
/// </summary>
public static class YamlNesting
{
    public const int MaxDepth = 100;

    /// <summary>The 1-based line and column of the first bracket deeper than <see cref="MaxDepth"/>, or null.</summary>
    public static (int Line, int Column)? FindTooDeep(string yaml)
    {
        int depth = 0, line = 1, lineStart = 0;
        char quote = '\0';
        for (var i = 0; i < yaml.Length; i++)
        {
            var c = yaml[i];
            if (c == '\n') { line++; lineStart = i + 1; continue; }
            if (quote != '\0')
            {
                if (quote == '"' && c == '\\') i++;
                else if (c == quote) quote = '\0';
                continue;
            }
            switch (c)
            {
                case '"' or '\'' when StartsScalar(yaml, i, lineStart):
                    quote = c;
                    break;
                case '#' when i == lineStart || char.IsWhiteSpace(yaml[i - 1]):
                    var end = yaml.IndexOf('\n', i);
                    i = (end < 0 ? yaml.Length : end) - 1;
                    break;
                case '[' or '{':
                    if (++depth > MaxDepth) return (line, i - lineStart + 1);
                    break;
                case ']' or '}':
                    depth = System.Math.Max(0, depth - 1);
                    break;
            }
        }
        return null;
    }

    /// <summary>A quote opens a quoted scalar only where a value starts (an apostrophe in "don't" does not).</summary>
    private static bool StartsScalar(string yaml, int quote, int lineStart)
    {
        var before = quote - 1;
        while (before >= lineStart && yaml[before] is ' ' or '\t') before--;
        return before < lineStart || yaml[before] is ':' or '[' or '{' or ',' or '-' or '?';
    }

    public static string Message => $"YAML collections nested more than {MaxDepth} deep";
}
