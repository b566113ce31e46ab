using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>Numbering hooks <c>\tag \tag* \notag \nonumber \label</c> and references <c>\ref \eqref</c>.</summary>
internal static class ReferenceCommands
{
    public static void Register(CommandRegistry.Builder registry)
    {
        registry.Add(NumberingMarks[0], Tag);
        registry.Add(NumberingMarks[1], (_, _) => new EquationMetaNode(NoNumber: true));
        registry.Add(NumberingMarks[2], (_, _) => new EquationMetaNode(NoNumber: true));
        registry.Add(NumberingMarks[3], (p, t) => p.ReadStringArgument(t) is { } label ? new EquationMetaNode(Label: label) : null);
        registry.Add(LabelReferences[0], (p, t) => Reference(p, t, parentheses: false));
        registry.Add(LabelReferences[1], (p, t) => Reference(p, t, parentheses: true));
    }

    /// <summary>The commands that mark an equation's row (<see cref="EquationMetaNode"/>).</summary>
    public static IReadOnlyList<string> NumberingMarks { get; } = ["tag", "notag", "nonumber", "label"];

    /// <summary>The commands that record a referenced label (<see cref="MathParser.ReferencedLabels"/>).</summary>
    public static IReadOnlyList<string> LabelReferences { get; } = ["ref", "eqref"];

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
