using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary>
/// Commands of LaTeX packages we deliberately do not implement (MathJax's core does not either). Instead of an
/// "Undefined control sequence" for the command and a cascade of errors for its contents, the whole construct is read
/// and reported once, naming the package and what to use instead. Not in the <see cref="CommandRegistry"/>: these
/// are not supported commands, and a user macro of the same name still takes precedence.
/// </summary>
internal static class UnsupportedPackageCommands
{
    public static bool TryParse(MathParser parser, Token command, out MathNode? node)
    {
        switch (command.Text)
        {
            case "xymatrix":
                SkipXyOptions(parser);
                parser.Input.ReadArgumentTokens(command);
                node = parser.Error(command, "\\xymatrix (the xypic package) is not supported: draw the diagram with \\begin{CD} (amscd) or include it as an image");
                return true;
            case "ce":
            case "pu":
                parser.Input.ReadArgumentTokens(command);
                node = parser.Error(command, $"{command.ToSource()} (the mhchem package) is not supported: write the formula in math, e.g. \\mathrm{{H_2O}}");
                return true;
            default:
                node = null;
                return false;
        }
    }

    /// <summary>xypic options before the body: <c>\xymatrix@C=2em@R+1pc@!{…}</c>.</summary>
    private static void SkipXyOptions(MathParser parser)
    {
        parser.Input.SkipSpaces();
        if (!parser.Input.Peek().IsCharacter('@'))
        {
            return;
        }

        while (parser.Input.Peek() is { IsEnd: false, Kind: not TokenKind.BeginGroup and not TokenKind.EndGroup })
        {
            parser.Input.Pop();
        }
    }
}
