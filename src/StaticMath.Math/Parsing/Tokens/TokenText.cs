using System.Text;

namespace StaticMath.Math.Parsing.Tokens;

/// <summary>Turns raw token lists back into text (string arguments: colour names, labels, dimensions).</summary>
internal static class TokenText
{
    public static string Concat(IReadOnlyList<Token> tokens)
    {
        if (tokens.Count == 1 && tokens[0].Kind != TokenKind.ControlSequence)
        {
            return tokens[0].Text;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            builder.Append(token.ToSource());
            // A control word swallowed the space after it; put one back when a letter follows.
            if (token.Kind == TokenKind.ControlSequence && token.Text.Length > 0 && char.IsAsciiLetter(token.Text[0]) &&
                i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Character && char.IsAsciiLetter(tokens[i + 1].Text[0]))
            {
                builder.Append(' ');
            }
        }

        return builder.ToString();
    }
}
