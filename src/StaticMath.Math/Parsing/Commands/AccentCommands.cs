using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>
/// Bars and braces over or under a base. Character accents (\hat, \widehat, \vec, \overrightarrow…) are rows of the
/// symbol table with class <c>accent</c> and need no code here.
/// </summary>
internal static class AccentCommands
{
    public static void Register(CommandRegistry.Builder registry)
    {
        registry.Add("overline", (p, t) => new LineNode(p.ParseRequiredArgument(t), Under: false));
        registry.Add("underline", (p, t) => new LineNode(p.ParseRequiredArgument(t), Under: true));
        registry.Add("underbar", (p, t) => new LineNode(p.ParseRequiredArgument(t), Under: true));
        AddBrace(registry, "overbrace", "\u23DE", under: false);
        AddBrace(registry, "underbrace", "\u23DF", under: true);
        AddBrace(registry, "overbracket", "\u23B4", under: false);
        AddBrace(registry, "underbracket", "\u23B5", under: true);
        AddBrace(registry, "overparen", "\u23DC", under: false);
        AddBrace(registry, "underparen", "\u23DD", under: true);
    }

    /// <summary>The label comes later as ^{…} (over) or _{…} (under); the parser attaches it to the brace.</summary>
    private static void AddBrace(CommandRegistry.Builder registry, string name, string brace, bool under) =>
        registry.Add(name, (p, t) => new BraceNode(p.ParseRequiredArgument(t), brace, under, null));
}
