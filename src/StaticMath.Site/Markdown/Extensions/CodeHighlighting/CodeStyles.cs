using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TextMateSharp.Grammars;

namespace StaticMath.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// Named colour styles for highlighted code: <c>github-light</c> and <c>github-dark</c> (the default theme's own
/// palette in code.css) and every colour theme TextMateSharp.Grammars ships (<c>solarized-light</c>, <c>monokai</c>,
/// <c>dracula</c>, <c>one-dark</c>…, named from its list). For other styles the build writes
/// <c>assets/css/code-style.css</c>, which sets the CSS variables code.css colours the <c>tok-*</c> classes with,
/// for the light and the dark mode (and the dark-mode toggle).
/// </summary>
public static partial class CodeStyles
{
    public const string DefaultLight = "github-light";
    public const string DefaultDark = "github-dark";
    public const string StyleSheetPath = "assets/css/code-style.css";

    /// <summary>Our CSS variables and the TextMate scopes whose colour each takes (the first the style colours).</summary>
    private static readonly (string Variable, string[] Scopes)[] Variables =
    [
        ("--code-comment", ["comment"]),
        ("--code-keyword", ["keyword.control", "keyword", "storage"]),
        ("--code-string", ["string"]),
        ("--code-number", ["constant.numeric"]),
        ("--code-type", ["entity.name.type", "support.type", "entity.name.class"]),
        ("--code-function", ["entity.name.function", "support.function"]),
        ("--code-attr", ["entity.other.attribute-name", "support.type.property-name"]),
        ("--code-preproc", ["meta.preprocessor", "keyword.control.directive", "keyword"]),
        ("--code-operator", ["keyword.operator"]),
        ("--code-builtin", ["constant.language", "support.constant"]),
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, ThemeName>> Themes = new(() =>
        Enum.GetValues<ThemeName>().ToDictionary(t => Kebab(t.ToString()), t => t, StringComparer.OrdinalIgnoreCase));

    /// <summary>Every style name a site may choose.</summary>
    public static IReadOnlyList<string> Names =>
        new[] { DefaultLight, DefaultDark }.Concat(Themes.Value.Keys.Order(StringComparer.Ordinal)).ToList();

    public static bool IsKnown(string name) =>
        string.Equals(name, DefaultLight, StringComparison.OrdinalIgnoreCase) || string.Equals(name, DefaultDark, StringComparison.OrdinalIgnoreCase)
        || Themes.Value.ContainsKey(name);

    /// <summary>Whether the site chose anything but the built-in palette (then the style sheet is written).</summary>
    public static bool NeedsStyleSheet(CodeConfig config) => !IsBuiltIn(config.Light, DefaultLight) || !IsBuiltIn(config.Dark, DefaultDark);

    /// <summary>The style sheet for the chosen light and dark styles (unknown names, reported by the config check, fall back to the built-in palette).</summary>
    public static string StyleSheet(CodeConfig config)
    {
        var light = Palette(config.Light);
        var dark = Palette(config.Dark);
        var css = new StringBuilder();
        css.Append("/* Code colours for the styles chosen in staticmath.yml (code.light: ").Append(config.Light)
            .Append(", code.dark: ").Append(config.Dark).Append("); written by the build. */\n");
        if (light is not null) css.Append(":root {").Append(light).Append(" }\n");
        css.Append("@media (prefers-color-scheme: dark) {\n");
        if (dark is not null) css.Append("  :root {").Append(dark).Append(" }\n");
        if (light is not null) css.Append("  :root:has(#theme-toggle:checked) {").Append(light).Append(" }\n");
        css.Append("}\n@media not (prefers-color-scheme: dark) {\n");
        if (dark is not null) css.Append("  :root:has(#theme-toggle:checked) {").Append(dark).Append(" }\n");
        css.Append("}\n");
        return css.ToString();
    }

    private static bool IsBuiltIn(string name, string builtIn) =>
        string.Equals(name, builtIn, StringComparison.OrdinalIgnoreCase) || !Themes.Value.ContainsKey(name);

    /// <summary>The variable declarations of one style, or null for the built-in palette (code.css already has it).</summary>
    private static string? Palette(string name)
    {
        if (!Themes.Value.TryGetValue(name, out var themeName)) return null;
        var registry = new TextMateSharp.Registry.Registry(new RegistryOptions(themeName));
        var theme = registry.GetTheme();
        var gui = theme.GetGuiColorDictionary();
        var foreground = gui.TryGetValue("editor.foreground", out var fg) ? fg : ColorOf(theme, "source") ?? "#000000";
        var declarations = new StringBuilder();
        void Declare(string variable, string? color)
        {
            if (color is not null) declarations.Append(' ').Append(variable).Append(": ").Append(Css(color)).Append(';');
        }
        Declare("--code-fg", foreground);
        if (gui.TryGetValue("editor.background", out var background)) Declare("--bg-code", background);
        foreach (var (variable, scopes) in Variables)
            Declare(variable, scopes.Select(s => ColorOf(theme, s)).FirstOrDefault(c => c is not null) ?? foreground);
        Declare("--code-lineno", gui.TryGetValue("editorLineNumber.foreground", out var lineno) ? lineno : ColorOf(theme, "comment") ?? foreground);
        return declarations.ToString();
    }

    private static string? ColorOf(TextMateSharp.Themes.Theme theme, string scope)
    {
        foreach (var rule in theme.Match([scope]))
        {
            if (rule.foreground > 0 && theme.GetColor(rule.foreground) is { Length: > 0 } color) return color;
        }
        return null;
    }

    /// <summary>Theme colours are <c>#RGB</c>, <c>#RRGGBB</c> or <c>#RRGGBBAA</c>; anything else is not written into CSS.</summary>
    private static string Css(string color) => HexColor().IsMatch(color) ? color.ToLowerInvariant() : "inherit";

    /// <summary><c>DarkPlus</c> → <c>dark-plus</c>; the library spells Abyss <c>Abbys</c>.</summary>
    private static string Kebab(string name) => name == "Abbys" ? "abyss" : CamelBoundary().Replace(name, "$1-$2").ToLowerInvariant();

    [GeneratedRegex("^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")]
    private static partial Regex HexColor();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex CamelBoundary();
}
