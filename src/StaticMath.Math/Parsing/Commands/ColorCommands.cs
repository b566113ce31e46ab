using StaticMath.Math.Parsing.Colors;
using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary><c>\color{c}</c> (rest of the group, or <c>\color{c}{…}</c> as MathJax allows) and <c>\textcolor{c}{…}</c>.
/// Colours defined with <c>\definecolor</c> earlier on the page are resolved here.</summary>
internal static class ColorCommands
{
    public static void Register(CommandRegistry.Builder registry)
    {
        registry.Add("color", Color);
        registry.Add("textcolor", (p, t) => Colored(p, t, ReadColor(p, t), p.ParseRequiredArgument(t)));
    }

    /// <summary>Reads <c>[model]{spec}</c> and resolves it to CSS; null (after an error) when invalid.</summary>
    public static string? ReadColor(MathParser parser, Token command)
    {
        var model = parser.ReadOptionalStringArgument();
        var spec = parser.ReadStringArgument(command);
        if (spec is null)
        {
            return null;
        }

        var css = model is null
            ? ColorParser.Resolve(spec, name => parser.Scope.TryGetColor(name, out var defined) ? defined : null)
            : ColorParser.FromModel(model, spec);
        if (css is null)
        {
            parser.Diagnostics.Add(command.Offset, $"Invalid color '{spec}'", command.ToSource().Length);
        }

        return css;
    }

    private static MathNode? Color(MathParser parser, Token command)
    {
        var color = ReadColor(parser, command);
        var body = parser.ParseRestOfList();
        return Colored(parser, command, color, body);
    }

    private static MathNode Colored(MathParser parser, Token command, string? color, MathList body) =>
        color is null ? body : new ColorNode(color, body) { Offset = command.Offset };
}
