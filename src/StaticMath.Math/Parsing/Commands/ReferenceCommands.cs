using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>Numbering hooks <c>\tag \tag* \notag \nonumber \label</c> and references <c>\ref \eqref</c>.</summary>
internal static class ReferenceCommands
{
    public static void Register(CommandRegistry.Builder registry)
    {
        registry.Add("tag", Tag);
        registry.Add("notag", (_, _) => new EquationMetaNode(NoNumber: true));
        registry.Add("nonumber", (_, _) => new EquationMetaNode(NoNumber: true));
        registry.Add("label", (p, t) => p.ReadStringArgument(t) is { } label ? new EquationMetaNode(Label: label) : null);
        registry.Add("ref", (p, t) => Reference(p, t, parentheses: false));
        registry.Add("eqref", (p, t) => Reference(p, t, parentheses: true));
    }

    /// <summary>The tag is kept as its TeX source (it may hold math such as <c>$\ast$</c>).</summary>
    private static MathNode? Tag(MathParser parser, Token command)
    {
        var starred = parser.ReadStar();
        var tag = parser.ReadStringArgument(command);
        return tag is null ? null : new EquationMetaNode(Tag: tag, TagIsStarred: starred);
    }

    private static MathNode? Reference(MathParser parser, Token command, bool parentheses)
    {
        var label = parser.ReadStringArgument(command);
        if (label is null)
        {
            return null;
        }

        parser.AddReferencedLabel(label);
        return new ReferenceNode(label, parentheses);
    }
}
