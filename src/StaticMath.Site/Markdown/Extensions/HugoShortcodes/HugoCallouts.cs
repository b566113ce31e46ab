using StaticMath.Site.Markdown.Extensions.Callouts;

namespace StaticMath.Site.Markdown.Extensions.HugoShortcodes;

/// <summary>
/// Paired Hugo shortcodes that themes use for boxes (<c>box</c>, <c>notice</c>, <c>alert</c>, <c>callout</c>,
/// <c>admonition</c>, <c>hint</c>, and callout kinds by name such as <c>note</c> or <c>theorem</c>): the callout they become.
/// The box's type is its <c>type</c>/<c>class</c> argument or first positional one, when that names a callout kind.
/// </summary>
internal static class HugoCallouts
{
    private static readonly HashSet<string> BoxNames = new(StringComparer.Ordinal) { "box", "notice", "alert", "callout", "admonition", "hint" };

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["info"] = "note", ["success"] = "tip", ["error"] = "danger", ["primary"] = "note", ["secondary"] = "note",
    };

    public static bool IsBox(string name) => BoxNames.Contains(name);

    public static string? KindOf(HugoShortcodeCall call)
    {
        if (CalloutKinds.Find(call.Name) is { } named) return named.Name;
        if (!BoxNames.Contains(call.Name)) return null;
        var type = call.Argument("type") ?? call.Argument("class") ?? call.Argument("level", 0) ?? "note";
        if (Synonyms.TryGetValue(type, out var synonym)) type = synonym;
        return CalloutKinds.Find(type.ToLowerInvariant())?.Name ?? "note";
    }
}
