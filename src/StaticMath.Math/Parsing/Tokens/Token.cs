namespace StaticMath.Math.Parsing.Tokens;

/// <summary>One TeX token with the offset of its first character in the source.</summary>
/// <param name="NoExpand">Set on tokens that must bypass user macros (the target of <c>\let</c> to a built-in).</param>
internal readonly record struct Token(TokenKind Kind, string Text, int Offset, bool NoExpand = false)
{
    public bool IsEnd => Kind == TokenKind.EndOfInput;

    public bool IsControlSequence(string name) => Kind == TokenKind.ControlSequence && Text == name;

    public bool IsCharacter(char c) => Kind == TokenKind.Character && Text.Length == 1 && Text[0] == c;

    /// <summary>The token as it would be written in TeX source (for error messages and raw string arguments).</summary>
    public string ToSource() => Kind switch
    {
        TokenKind.ControlSequence => "\\" + Text,
        TokenKind.EndOfInput => "",
        TokenKind.Verbatim => "\\verb|" + Text + "|",
        _ => Text,
    };

    public override string ToString() => ToSource();
}
