using System.Text.RegularExpressions;

namespace StaticMath.Site.Liquid;

/// <summary>
/// Hugo and Zola shortcode calls, which share Liquid's braces but are not Liquid: <c>{{&lt; name … &gt;}}</c>,
/// <c>{{% name … %}}</c>, Zola's <c>{{ name(…) }}</c>, <c>{% name(…) %}</c> and <c>{% end %}</c>. Liquid leaves them
/// as written (no warning) so the Markdown extensions for those generators can read them.
/// </summary>
internal static partial class ShortcodeCalls
{
    public static MatchCollection Find(string text) => Pattern().Matches(text);

    [GeneratedRegex(@"\{\{<[^\n]*?>\}\}|\{\{%[^\n]*?%\}\}|\{\{-?\s*[A-Za-z_]\w*\([^\n]*?\)\s*-?\}\}|\{%-?\s*[A-Za-z_]\w*\([^\n]*?\)\s*-?%\}|\{%-?\s*end\s*-?%\}")]
    private static partial Regex Pattern();
}
