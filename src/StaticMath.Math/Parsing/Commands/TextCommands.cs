using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Commands;

/// <summary><c>\text \textrm \textbf \textit \textsf \texttt \textup \textnormal \emph \mbox \hbox</c> and the text-mode style switches.</summary>
internal static class TextCommands
{
    private static readonly string[] ArgumentCommands =
        ["text", "textrm", "textnormal", "textup", "textmd", "textbf", "textit", "textsl", "textsf", "texttt", "emph", "mbox", "hbox", "textsc"];

    public static void Register(CommandRegistry.Builder registry)
    {
        foreach (var name in ArgumentCommands)
        {
            registry.Add(name, (p, t) =>
            {
                TryGetTextStyle(t.Text, TextFontStyle.Upright, out var style);
                return TextModeParser.ParseArgument(p, t, style);
            });
        }

        // A \verb that reached the parser as a command had no closing delimiter (the tokenizer reads complete ones).
        registry.Add("verb", (p, t) => p.Error(t, "\\verb ended by end of input: its delimiter is missing"));
        registry.Add("verb*", (p, t) => p.Error(t, "\\verb* ended by end of input: its delimiter is missing"));
    }

    /// <summary>Style of the argument of a text font command, relative to the surrounding style.</summary>
    public static bool TryGetTextStyle(string name, TextFontStyle current, out TextFontStyle style)
    {
        const TextFontStyle family = TextFontStyle.SansSerif | TextFontStyle.Monospace;
        TextFontStyle? result = name switch
        {
            "text" or "mbox" or "hbox" or "textsc" => current,
            "textnormal" => TextFontStyle.Upright,
            "textrm" => current & ~family,
            "textup" => current & ~TextFontStyle.Italic,
            "textmd" => current & ~TextFontStyle.Bold,
            "textbf" => current | TextFontStyle.Bold,
            "textit" or "textsl" => current | TextFontStyle.Italic,
            "emph" => current ^ TextFontStyle.Italic,
            "textsf" => (current & ~family) | TextFontStyle.SansSerif,
            "texttt" => (current & ~family) | TextFontStyle.Monospace,
            _ => null,
        };
        style = result ?? current;
        return result is not null;
    }

    /// <summary>Old-style switches inside text (<c>\bf</c>, <c>\itshape</c>…), in force to the end of the group.</summary>
    public static bool TryGetStyleSwitch(string name, TextFontStyle current, out TextFontStyle style)
    {
        const TextFontStyle family = TextFontStyle.SansSerif | TextFontStyle.Monospace;
        TextFontStyle? result = name switch
        {
            "bf" or "bfseries" => current | TextFontStyle.Bold,
            "it" or "itshape" or "sl" or "slshape" or "em" => current | TextFontStyle.Italic,
            "rm" or "rmfamily" => current & ~family,
            "sf" or "sffamily" => (current & ~family) | TextFontStyle.SansSerif,
            "tt" or "ttfamily" => (current & ~family) | TextFontStyle.Monospace,
            "upshape" => current & ~TextFontStyle.Italic,
            "mdseries" => current & ~TextFontStyle.Bold,
            "normalfont" => TextFontStyle.Upright,
            _ => null,
        };
        style = result ?? current;
        return result is not null;
    }

    /// <summary>A text argument wrapped as a one-item math list (for boxes that hold text).</summary>
    public static MathList TextArgument(MathParser parser, Token command) =>
        new([TextModeParser.ParseArgument(parser, command, TextFontStyle.Upright)]) { Offset = command.Offset };
}
