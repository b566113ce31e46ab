using System.Text.RegularExpressions;

namespace StaticMath.Site.Markdown.Extensions.HugoShortcodes;

/// <summary>
/// One Hugo shortcode call standing alone on its line: <c>{{&lt; name arg key="value" &gt;}}</c> (or the <c>{{% %}}</c>
/// form), or the closing <c>{{&lt; /name &gt;}}</c> of a paired one. Arguments are positional or named, quoted or not.
/// </summary>
internal sealed partial record HugoShortcodeCall(string Name, bool IsClosing, IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string> Named)
{
    public static HugoShortcodeCall? ParseLine(ReadOnlySpan<char> line)
    {
        var match = Call().Match(line.Trim().ToString());
        if (!match.Success) return null;
        var positional = new List<string>();
        var named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match argument in Argument().Matches(match.Groups["args"].Value))
        {
            var value = argument.Groups["quoted"].Success ? argument.Groups["quoted"].Value.Replace("\\\"", "\"", StringComparison.Ordinal)
                : argument.Groups["raw"].Success ? argument.Groups["raw"].Value
                : argument.Groups["bare"].Value;
            if (argument.Groups["key"].Success) named[argument.Groups["key"].Value] = value;
            else positional.Add(value);
        }
        return new HugoShortcodeCall(match.Groups["name"].Value.ToLowerInvariant(), match.Groups["close"].Success, positional, named);
    }

    /// <summary>The named argument, or the positional one at <paramref name="position"/>, or null.</summary>
    public string? Argument(string name, int position = -1) =>
        Named.TryGetValue(name, out var value) ? value : position >= 0 && position < Positional.Count ? Positional[position] : null;

    /// <summary>The line that closes a paired call of this name, searched in <c>text[from..)</c>; -1 when there is none.</summary>
    public int FindClosingLine(string text, int from)
    {
        for (var start = from; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            if (ParseLine(text.AsSpan(start, end - start)) is { IsClosing: true } closing && closing.Name == Name) return start;
            start = end + 1;
        }
        return -1;
    }

    [GeneratedRegex(@"^\{\{(?<d>[<%])-?\s*(?<close>/)?\s*(?<name>[A-Za-z][\w-]*)(?<args>.*?)\s*-?(?:>|%)\}\}$")]
    private static partial Regex Call();

    [GeneratedRegex("""(?:(?<key>[A-Za-z_][\w-]*)=)?(?:"(?<quoted>(?:[^"\\]|\\.)*)"|`(?<raw>[^`]*)`|(?<bare>[^\s"`]+))""")]
    private static partial Regex Argument();
}
