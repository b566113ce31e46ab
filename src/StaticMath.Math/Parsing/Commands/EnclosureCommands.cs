using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>Strike-outs: <c>\cancel \bcancel \xcancel \sout \cancelto</c>, and MathJax's <c>\enclose</c> for the notations they cover.</summary>
internal static class EnclosureCommands
{
    public static void Register(CommandRegistry.Builder registry)
    {
        registry.Add("cancel", (p, t) => new CancelNode(p.ParseRequiredArgument(t), CancelKind.Cancel));
        registry.Add("bcancel", (p, t) => new CancelNode(p.ParseRequiredArgument(t), CancelKind.BCancel));
        registry.Add("xcancel", (p, t) => new CancelNode(p.ParseRequiredArgument(t), CancelKind.XCancel));
        registry.Add("sout", (p, t) => new CancelNode(TextOrMath(p, t), CancelKind.Strike));
        registry.Add("cancelto", CancelTo);
        registry.Add("enclose", Enclose);
    }

    /// <summary>
    /// MathJax's <c>\enclose{notations}[attributes]{math}</c> (MathML menclose): strikes and boxes are drawn, applied
    /// in the order written; attributes are ignored; a notation we cannot draw (circle, longdiv…) is an error naming it.
    /// </summary>
    private static MathNode Enclose(MathParser parser, Token command)
    {
        var notations = parser.ReadStringArgument(command) ?? "";
        parser.ReadOptionalStringArgument();
        MathNode node = parser.ParseRequiredArgument(command);
        foreach (var notation in notations.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var body = node as MathList ?? new MathList([node]) { Offset = command.Offset };
            node = notation switch
            {
                "box" or "roundedbox" => new BoxNode(body, BoxCommands.CurrentColor, null) { Offset = command.Offset },
                "updiagonalstrike" => new CancelNode(body, CancelKind.Cancel) { Offset = command.Offset },
                "downdiagonalstrike" => new CancelNode(body, CancelKind.BCancel) { Offset = command.Offset },
                "horizontalstrike" => new CancelNode(body, CancelKind.Strike) { Offset = command.Offset },
                _ => Unsupported(parser, command, notation, node),
            };
        }

        return node;
    }

    private static MathNode Unsupported(MathParser parser, Token command, string notation, MathNode body)
    {
        parser.Diagnostics.Add(command.Offset, $"\\enclose notation '{notation}' is not supported (box, roundedbox, updiagonalstrike, downdiagonalstrike and horizontalstrike are)", command.ToSource().Length);
        return body;
    }

    /// <summary>\sout takes text in LaTeX; in math we accept math, as KaTeX does.</summary>
    private static MathList TextOrMath(MathParser parser, Token command) => parser.ParseRequiredArgument(command);

    /// <summary><c>\cancelto{value}{expr}</c>: a cancelled expression with the value as a superscript.</summary>
    private static MathNode CancelTo(MathParser parser, Token command)
    {
        var value = parser.ParseRequiredArgument(command);
        var body = parser.ParseRequiredArgument(command);
        return new ScriptsNode(new CancelNode(body, CancelKind.Cancel) { Offset = command.Offset }, value, null);
    }
}
