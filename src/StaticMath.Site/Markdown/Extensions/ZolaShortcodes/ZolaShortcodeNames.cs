namespace StaticMath.Site.Markdown.Extensions.ZolaShortcodes;

/// <summary>
/// The Zola shortcodes the build reads: math ones (<c>math()</c>, <c>m()</c>, <c>katex()</c>…), <c>toc()</c>, the image
/// ones and the layout boxes (<see cref="ZolaShortcodeBlockParser"/>, <see cref="ZolaMathInlineParser"/>). Any other
/// is reported (SM1603).
/// </summary>
public static class ZolaShortcodeNames
{
    public const string Toc = "toc";

    /// <summary>Math shortcodes as Zola themes and blogs name them.</summary>
    public static IReadOnlySet<string> Math { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "m", "im", "dm", "math", "katex", "mathjax", "tex", "latex", "equation" };

    public static IReadOnlySet<string> Images { get; } = new HashSet<string>(StringComparer.Ordinal) { "img", "image", "figure" };

    /// <summary>Body shortcodes that are known layout boxes, kept without a warning.</summary>
    public static IReadOnlySet<string> Boxes { get; } = new HashSet<string>(StringComparer.Ordinal) { "cap", "caption", "note", "quote", "details" };

    public static bool IsRead(string name) => name == Toc || Math.Contains(name) || Images.Contains(name) || Boxes.Contains(name);
}
