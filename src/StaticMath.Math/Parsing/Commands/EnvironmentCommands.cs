using StaticMath.Math.Parsing.Environments;
using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary><c>\begin{name}</c> dispatches to the <see cref="EnvironmentRegistry"/>; row commands found outside an
/// alignment are reported as misplaced.</summary>
internal static class EnvironmentCommands
{
    public static void Register(CommandRegistry.Builder registry)
    {
        registry.Add("begin", Begin);
        registry.Add("end", (p, t) =>
        {
            var name = p.ReadStringArgument(t);
            return p.Error(t, $"\\end{{{name}}} without matching \\begin{{{name}}}");
        });
        foreach (var name in (string[])["hline", "hdashline"])
        {
            registry.Add(name, (p, t) => p.LocalError(t, $"Misplaced {t.ToSource()}: only at the start of an array row"));
        }

        registry.Add("cline", (p, t) =>
        {
            p.ReadStringArgument(t);
            return p.Error(t, "Misplaced \\cline: only at the start of an array row");
        });
        foreach (var name in (string[])["intertext", "shortintertext"])
        {
            registry.Add(name, (p, t) =>
            {
                TextModeParser.ParseArgument(p, t, TextFontStyle.Upright);
                return p.Error(t, $"{t.ToSource()} is allowed only at the start of a row of align-like environments");
            });
        }

        registry.Add("tabularnewline", (p, t) => p.Error(t, "Misplaced \\tabularnewline"));
    }

    private static MathNode? Begin(MathParser parser, Token command)
    {
        var name = parser.ReadStringArgument(command);
        if (name is null)
        {
            return null;
        }

        if (EnvironmentRegistry.Default.TryGet(name, out var handler))
        {
            return handler(parser, command, name);
        }

        // Unknown environment: report it once and skip its body unparsed (its contents, \arrow or \draw, would only
        // add errors) so the rest of the expression still parses.
        var message = name == "tikzcd"
            ? "Unknown environment 'tikzcd': tikz-cd diagrams are not supported; draw the diagram with \\begin{CD} (amscd) or include it as an image"
            : $"Unknown environment '{name}'";
        parser.Diagnostics.Add(command.Offset, message, 7 + name.Length);
        if (!SkipBody(parser, name))
        {
            parser.Diagnostics.Add(command.Offset, $"Missing \\end{{{name}}} for \\begin{{{name}}} opened at offset {command.Offset}", 6);
        }

        return new ErrorNode($"\\begin{{{name}}}", message) { Offset = command.Offset };
    }

    /// <summary>Reads raw tokens up to the <c>\end{name}</c> matching the open environment; false at the end of input.</summary>
    private static bool SkipBody(MathParser parser, string name)
    {
        var depth = 1;
        while (true)
        {
            var token = parser.Input.Pop();
            if (token.IsEnd)
            {
                return false;
            }

            if (token.Kind == TokenKind.ControlSequence && token.Text is "begin" or "end" &&
                parser.Input.ReadArgumentTokens(token) is { } argument && TokenText.Concat(argument).Trim() == name)
            {
                depth += token.Text == "begin" ? 1 : -1;
                if (depth == 0)
                {
                    return true;
                }
            }
        }
    }
}
