using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>Strike-outs: <c>\cancel \bcancel \xcancel \sout \cancelto</c>.</summary>
internal static class EnclosureCommands
{
    public static void Register(CommandRegistry.Builder registry)
    {
        registry.Add("cancel", (p, t) => new CancelNode(p.ParseRequiredArgument(t), CancelKind.Cancel));
        registry.Add("bcancel", (p, t) => new CancelNode(p.ParseRequiredArgument(t), CancelKind.BCancel));
        registry.Add("xcancel", (p, t) => new CancelNode(p.ParseRequiredArgument(t), CancelKind.XCancel));
        registry.Add("sout", (p, t) => new CancelNode(TextOrMath(p, t), CancelKind.Strike));
        registry.Add("cancelto", CancelTo);
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
