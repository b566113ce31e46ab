using System.Collections.Concurrent;

namespace StaticMath.Math.Parsing.Tokens;

/// <summary>
/// Splits TeX source into tokens on demand, as TeX's eyes do: control words swallow the spaces after them, runs of
/// whitespace become one space token, <c>%</c> comments are dropped. Single ASCII characters and control-word names
/// reuse cached strings, so ordinary input allocates no token text.
/// </summary>
internal sealed class Tokenizer
{
    private static readonly string[] AsciiStrings = CreateAsciiStrings();

    private readonly string source;
    private int position;

    public Tokenizer(string source)
    {
        this.source = source;
    }

    public string Source => source;

    public bool AtEnd => position >= source.Length;

    /// <summary>Skips the rest of the input (used when a limit is exceeded, so parsing always terminates).</summary>
    public void Abort() => position = source.Length;

    public Token Next()
    {
        while (position < source.Length)
        {
            var start = position;
            var c = source[position];
            switch (c)
            {
                case '%':
                    SkipComment();
                    continue;
                case ' ' or '\t' or '\n' or '\r' or '\f' or '\v':
                    SkipWhitespace();
                    return new Token(TokenKind.Space, " ", start);
                case '\\':
                    return ReadControlSequence();
                case '{':
                    position++;
                    return new Token(TokenKind.BeginGroup, "{", start);
                case '}':
                    position++;
                    return new Token(TokenKind.EndGroup, "}", start);
                case '$':
                    position++;
                    return new Token(TokenKind.MathShift, "$", start);
                case '&':
                    position++;
                    return new Token(TokenKind.AlignTab, "&", start);
                case '#':
                    position++;
                    return new Token(TokenKind.Parameter, "#", start);
                case '^':
                    position++;
                    return new Token(TokenKind.Superscript, "^", start);
                case '_':
                    position++;
                    return new Token(TokenKind.Subscript, "_", start);
                case '~':
                    position++;
                    return new Token(TokenKind.Active, "~", start);
                default:
                    return ReadCharacter();
            }
        }

        return new Token(TokenKind.EndOfInput, "", source.Length);
    }

    /// <summary>Control-word names seen so far, shared by all threads: the same few hundred commands recur in every
    /// expression, so a name is allocated once per process, not once per use. Bounded against adversarial input.</summary>
    private static readonly ConcurrentDictionary<string, string> ControlWordNames = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ControlWordNamesBySpan =
        ControlWordNames.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxControlWordNames = 4096;

    private static string ControlWordName(ReadOnlySpan<char> name)
    {
        if (ControlWordNamesBySpan.TryGetValue(name, out var known))
        {
            return known;
        }

        var text = name.ToString();
        if (ControlWordNames.Count < MaxControlWordNames)
        {
            ControlWordNames.TryAdd(text, text);
        }

        return text;
    }

    public static string CharacterString(char c) => c < 128 ? AsciiStrings[c] : c.ToString();

    private Token ReadCharacter()
    {
        var start = position;
        var c = source[position];
        if (char.IsHighSurrogate(c) && position + 1 < source.Length && char.IsLowSurrogate(source[position + 1]))
        {
            position += 2;
            return new Token(TokenKind.Character, source.Substring(start, 2), start);
        }

        position++;
        return new Token(TokenKind.Character, CharacterString(c), start);
    }

    private Token ReadControlSequence()
    {
        var start = position;
        position++;
        if (position >= source.Length)
        {
            // A lone trailing backslash: TeX would read the end-of-line character; we report it as an empty name.
            return new Token(TokenKind.ControlSequence, "", start);
        }

        var c = source[position];
        if (IsAsciiLetter(c))
        {
            var nameStart = position;
            while (position < source.Length && IsAsciiLetter(source[position]))
            {
                position++;
            }

            var name = ControlWordName(source.AsSpan(nameStart, position - nameStart));
            if (name == "verb")
            {
                return ReadVerbatim(start);
            }

            SkipSpacesAfterControlWord();
            return new Token(TokenKind.ControlSequence, name, start);
        }

        if (char.IsHighSurrogate(c) && position + 1 < source.Length && char.IsLowSurrogate(source[position + 1]))
        {
            position += 2;
            return new Token(TokenKind.ControlSequence, source.Substring(start + 1, 2), start);
        }

        position++;
        // A newline or tab after a backslash is a control space, as in TeX.
        var symbol = c is '\n' or '\r' or '\t' ? " " : CharacterString(c);
        return new Token(TokenKind.ControlSequence, symbol, start);
    }

    /// <summary>
    /// <c>\verb|…|</c> (and <c>\verb*</c>) must be read from the raw source: its delimiter may be any character, even a
    /// space, and nothing inside is tokenised. Returned as one <see cref="TokenKind.Verbatim"/> token (\verb* shows
    /// spaces as ␣); an unterminated \verb stays a control sequence for the parser to report.
    /// </summary>
    private Token ReadVerbatim(int start)
    {
        var name = "verb";
        if (position < source.Length && source[position] == '*')
        {
            name = "verb*";
            position++;
        }

        if (position >= source.Length)
        {
            return new Token(TokenKind.ControlSequence, name, start);
        }

        var delimiter = source[position++];
        var end = source.IndexOf(delimiter, position);
        if (end < 0)
        {
            // Unterminated: keep the name only, the parser reports it.
            position--;
            return new Token(TokenKind.ControlSequence, name, start);
        }

        var content = source.Substring(position, end - position);
        position = end + 1;
        return new Token(TokenKind.Verbatim, name == "verb*" ? content.Replace(' ', '\u2423') : content, start);
    }

    private void SkipSpacesAfterControlWord()
    {
        while (position < source.Length)
        {
            var c = source[position];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
            {
                position++;
            }
            else if (c == '%')
            {
                SkipComment();
            }
            else
            {
                break;
            }
        }
    }

    private void SkipWhitespace()
    {
        while (position < source.Length && source[position] is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
        {
            position++;
        }
    }

    private void SkipComment()
    {
        while (position < source.Length && source[position] != '\n')
        {
            position++;
        }

        // TeX also drops the end of line and the leading spaces of the next line after a comment.
        if (position < source.Length)
        {
            position++;
        }

        SkipWhitespace();
    }

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static string[] CreateAsciiStrings()
    {
        var strings = new string[128];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = ((char)i).ToString();
        }

        return strings;
    }
}
