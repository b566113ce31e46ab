using System.Text.RegularExpressions;

namespace StaticMath.Site.Markdown.Extensions.ZolaShortcodes;

/// <summary>
/// One Zola shortcode call: <c>{{ name(key="value", n=3) }}</c> (inline) or <c>{% name(…) %}</c> opening a body that
/// <c>{% end %}</c> closes. <see cref="Length"/> is the call's length in the text it was read from.
/// </summary>
internal sealed partial record ZolaShortcodeCall(string Name, bool HasBody, IReadOnlyDictionary<string, string> Arguments, int Length)
{
    public static ZolaShortcodeCall? Read(string text, int at)
    {
        var match = Call().Match(text, at);
        if (!match.Success || match.Index != at) return null;
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match argument in Argument().Matches(match.Groups["args"].Value))
        {
            arguments[argument.Groups["key"].Value] = argument.Groups["double"].Success ? argument.Groups["double"].Value
                : argument.Groups["single"].Success ? argument.Groups["single"].Value
                : argument.Groups["back"].Success ? argument.Groups["back"].Value
                : argument.Groups["bare"].Value;
        }
        return new ZolaShortcodeCall(match.Groups["name"].Value, match.Groups["open"].Value == "{%", arguments, match.Length);
    }

    /// <summary>Where <c>{% end %}</c> starts in <c>text[from..to)</c> (to the end of the text by default), or -1.</summary>
    public static int FindEnd(string text, int from, out int length, int to = -1)
    {
        var match = End().Match(text, from, (to < 0 ? text.Length : to) - from);
        length = match.Success ? match.Length : 0;
        return match.Success ? match.Index : -1;
    }

    public bool IsMath => ZolaShortcodeNames.Math.Contains(Name);

    public bool IsDisplayMath => Name is "dm" or "equation" || Flag("block") || Flag("display");

    /// <summary>The TeX of an inline math call: its <c>body</c>/<c>tex</c>/<c>t</c>/<c>eq</c> argument, else its only one.</summary>
    public string? Tex =>
        Arguments.TryGetValue("body", out var body) ? body
        : Arguments.TryGetValue("tex", out var tex) ? tex
        : Arguments.TryGetValue("t", out var t) ? t
        : Arguments.TryGetValue("eq", out var eq) ? eq
        : Arguments.Count == 1 ? Arguments.Values.First() : null;

    public string? Argument(string name) => Arguments.GetValueOrDefault(name);

    private bool Flag(string name) => Arguments.TryGetValue(name, out var value) && value == "true";

    [GeneratedRegex(@"(?<open>\{\{|\{%)-?\s*(?<name>[A-Za-z_]\w*)\((?<args>[^\n]*?)\)\s*-?(?:\}\}|%\})")]
    private static partial Regex Call();

    [GeneratedRegex("""(?<key>[A-Za-z_]\w*)\s*=\s*(?:"(?<double>[^"]*)"|'(?<single>[^']*)'|`(?<back>[^`]*)`|(?<bare>[^,\s)]+))""")]
    private static partial Regex Argument();

    [GeneratedRegex(@"\{%-?\s*end\s*-?%\}")]
    private static partial Regex End();
}
