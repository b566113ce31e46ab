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
            registry.Add(name, (p, t) => p.Error(t, $"Misplaced {t.ToSource()}: only at the start of an array row"));
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

        // Unknown environment: report it, then read it like an array so the rest of the expression still parses.
        parser.Diagnostics.Add(command.Offset, $"Unknown environment '{name}'", 7 + name.Length);
        _ = ArrayBodyParser.Parse(parser, command, name);
        return new ErrorNode($"\\begin{{{name}}}", $"Unknown environment '{name}'") { Offset = command.Offset };
    }
}
