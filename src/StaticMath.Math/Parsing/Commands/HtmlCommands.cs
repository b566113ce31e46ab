using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>
/// MathJax's HTML extension (<c>\class \cssId \style \href</c>) and KaTeX's (<c>\htmlId \htmlClass \htmlStyle \htmlData</c>):
/// attributes cannot live in a static SVG, so the math argument is kept and the attribute argument dropped.
/// </summary>
internal static class HtmlCommands
{
    public static void Register(CommandRegistry.Builder registry)
    {
        foreach (var name in (string[])["class", "cssId", "style", "href", "htmlId", "htmlClass", "htmlStyle", "htmlData"])
        {
            registry.Add(name, BodyOnly);
        }

        registry.Add("url", (p, t) => TextCommands.TextArgument(p, t));
    }

    private static MathNode? BodyOnly(MathParser parser, Token command)
    {
        parser.ReadStringArgument(command);
        return parser.ParseRequiredArgument(command);
    }
}
