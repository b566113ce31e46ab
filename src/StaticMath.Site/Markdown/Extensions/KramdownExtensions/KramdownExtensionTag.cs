using System.Text.RegularExpressions;

namespace StaticMath.Site.Markdown.Extensions.KramdownExtensions;

/// <summary>
/// A kramdown extension tag at the start of a line: <c>{::name key="value"}</c>, self-closed <c>{::name … /}</c>; and
/// the closers <c>{:/name}</c> or <c>{:/}</c>.
/// </summary>
internal sealed partial record KramdownExtensionTag(string Name, IReadOnlyDictionary<string, string> Options, bool SelfClosed, int Length)
{
    public static KramdownExtensionTag? Read(string text, int at, int end)
    {
        var match = Tag().Match(text, at, end - at);
        if (!match.Success || match.Index != at) return null;
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match option in Option().Matches(match.Groups["options"].Value))
            options[option.Groups["key"].Value] = option.Groups["double"].Success ? option.Groups["double"].Value
                : option.Groups["single"].Success ? option.Groups["single"].Value : option.Groups["bare"].Value;
        return new KramdownExtensionTag(match.Groups["name"].Value, options, match.Groups["self"].Success, match.Length);
    }

    /// <summary>Where the closer of <paramref name="name"/> (<c>{:/name}</c> or <c>{:/}</c>) starts in <c>text[from..to)</c>, or -1.</summary>
    public static int FindCloser(string text, int from, int to, string name, out int length)
    {
        for (var i = text.IndexOf("{:/", from, to - from, StringComparison.Ordinal); i >= 0 && i < to;
             i = i + 3 < to ? text.IndexOf("{:/", i + 3, to - i - 3, StringComparison.Ordinal) : -1)
        {
            foreach (var closer in new[] { "{:/" + name + "}", "{:/}" })
            {
                if (string.CompareOrdinal(text, i, closer, 0, closer.Length) == 0)
                {
                    length = closer.Length;
                    return i;
                }
            }
        }
        length = 0;
        return -1;
    }

    [GeneratedRegex(@"\{::(?<name>[a-z_]+)(?<options>[^}\n]*?)\s*(?<self>/)?\}")]
    private static partial Regex Tag();

    [GeneratedRegex("""(?<key>[A-Za-z_][\w-]*)\s*=\s*(?:"(?<double>[^"]*)"|'(?<single>[^']*)'|(?<bare>\S+))""")]
    private static partial Regex Option();
}
