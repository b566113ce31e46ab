using System.Text;
using StaticMath.Math.Parsing.Commands;
using StaticMath.Math.Parsing.Symbols;
using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing;

/// <summary>
/// Text mode inside math (<c>\text{…}</c>, <c>\mbox</c>, <c>\textbf</c>…): spaces count, <c>$…$</c> and <c>\(…\)</c>
/// switch back to math, TeX ligatures (<c>--</c>, <c>``</c>) and accents (<c>\'e</c>) are applied, font commands nest.
/// Produces runs of plain text (merged while the style stays the same) and embedded math.
/// </summary>
internal sealed class TextModeParser
{
    private static readonly Dictionary<string, string> TextAccents = new(StringComparer.Ordinal)
    {
        ["'"] = "\u0301", ["`"] = "\u0300", ["^"] = "\u0302", ["\""] = "\u0308", ["~"] = "\u0303", ["="] = "\u0304",
        ["."] = "\u0307", ["u"] = "\u0306", ["v"] = "\u030C", ["H"] = "\u030B", ["r"] = "\u030A", ["c"] = "\u0327",
        ["k"] = "\u0328", ["b"] = "\u0331", ["d"] = "\u0323",
    };

    private static readonly Dictionary<string, string> TextSpaces = new(StringComparer.Ordinal)
    {
        [" "] = " ", [","] = "\u2009", ["thinspace"] = "\u2009", [":"] = "\u2005", [">"] = "\u2005", [";"] = "\u2004",
        ["quad"] = "\u2003", ["qquad"] = "\u2003\u2003", ["enspace"] = "\u2002", ["enskip"] = "\u2002", ["space"] = " ",
        ["nobreakspace"] = "\u00A0", ["!"] = "", ["negthinspace"] = "", ["/"] = "", ["@"] = "", ["relax"] = "",
    };

    private readonly MathParser parser;
    private readonly List<TextRun> runs = [];
    private readonly StringBuilder pending = new();
    private TextFontStyle pendingStyle;

    private TextModeParser(MathParser parser) => this.parser = parser;

    /// <summary>Parses one text argument (a group or a single token) in the given style.</summary>
    public static TextNode ParseArgument(MathParser parser, Token command, TextFontStyle style)
    {
        var text = new TextModeParser(parser);
        text.ReadArgument(command, style);
        text.Flush();
        return new TextNode(text.runs) { Offset = command.Offset };
    }

    /// <summary>
    /// Text up to the end of an alignment cell: the next <c>&amp;</c>, <c>\cr</c>, <c>\\</c> or closing brace, left in
    /// the input (the text column of plain TeX's <c>\cases</c>). Spaces at both ends do not count, as in TeX.
    /// </summary>
    public static TextNode ParseCell(MathParser parser, int offset)
    {
        var text = new TextModeParser(parser);
        var style = TextFontStyle.Upright;
        parser.Input.SkipSpaces();
        while (parser.Input.PeekExpanded() is var token && !token.IsEnd && token.Kind is not (TokenKind.EndGroup or TokenKind.AlignTab)
               && !token.IsControlSequence("cr") && !token.IsControlSequence("\\"))
        {
            text.ReadItem(style, out style);
        }

        while (text.pending.Length > 0 && text.pending[^1] == ' ')
        {
            text.pending.Length--;
        }

        text.Flush();
        return new TextNode(text.runs) { Offset = offset };
    }

    private void ReadArgument(Token command, TextFontStyle style)
    {
        parser.Input.SkipSpaces();
        var token = parser.Input.PeekExpanded();
        if (token.Kind == TokenKind.BeginGroup)
        {
            parser.Input.Pop();
            ReadGroup(token, style);
            return;
        }

        if (token.IsEnd || token.Kind == TokenKind.EndGroup)
        {
            parser.Diagnostics.Add(command.Offset, $"Missing argument for {command.ToSource()}", command.ToSource().Length);
            return;
        }

        ReadItem(style, out _);
    }

    /// <summary>After <c>{</c>: text up to the matching <c>}</c>.</summary>
    private void ReadGroup(Token open, TextFontStyle style)
    {
        if (!parser.Enter(open))
        {
            return;
        }

        try
        {
            ReadGroupItems(open, style);
        }
        finally
        {
            parser.Leave();
        }
    }

    private void ReadGroupItems(Token open, TextFontStyle style)
    {
        while (true)
        {
            var token = parser.Input.PeekExpanded();
            if (token.IsEnd)
            {
                if (!parser.Input.Aborted)
                {
                    parser.Diagnostics.Add(open.Offset, $"Missing }} for {{ opened at offset {open.Offset}", 1);
                }

                return;
            }

            if (token.Kind == TokenKind.EndGroup)
            {
                parser.Input.Pop();
                return;
            }

            ReadItem(style, out var newStyle);
            style = newStyle;
        }
    }

    /// <summary>One token's worth of text; <paramref name="style"/> changes for switches like \bf.</summary>
    private void ReadItem(TextFontStyle style, out TextFontStyle styleAfter)
    {
        styleAfter = style;
        var input = parser.Input;
        var token = input.Pop();
        switch (token.Kind)
        {
            case TokenKind.BeginGroup:
                ReadGroup(token, style);
                return;
            case TokenKind.Space:
                Append(" ", style);
                return;
            case TokenKind.Active:
                Append("\u00A0", style);
                return;
            case TokenKind.Verbatim:
                Append(token.Text, style | TextFontStyle.Monospace);
                return;
            case TokenKind.Character:
                Append(Ligature(token), style);
                return;
            case TokenKind.MathShift:
                ReadMath(token, "$");
                return;
            case TokenKind.Superscript or TokenKind.Subscript or TokenKind.AlignTab or TokenKind.Parameter:
                // Literal in text (TeX would complain; MathJax shows them).
                Append(token.Text, style);
                return;
            case TokenKind.ControlSequence:
                ReadCommand(token, style, out styleAfter);
                return;
        }
    }

    private void ReadCommand(Token token, TextFontStyle style, out TextFontStyle styleAfter)
    {
        styleAfter = style;
        var name = token.Text;
        if (TextCommands.TryGetTextStyle(name, style, out var nested))
        {
            ReadArgument(token, nested);
            return;
        }

        if (TextCommands.TryGetStyleSwitch(name, style, out var switched))
        {
            styleAfter = switched;
            return;
        }

        if (TextSpaces.TryGetValue(name, out var space))
        {
            Append(space, style);
            return;
        }

        if (TextAccents.TryGetValue(name, out var accent))
        {
            var before = pending.Length;
            ReadArgument(token, style);
            if (pending.Length > before)
            {
                // The mark goes after the first character of the argument (\'e, \'{e}).
                var insertAt = before + (char.IsHighSurrogate(pending[before]) && pending.Length > before + 1 ? 2 : 1);
                pending.Insert(insertAt, accent);
            }

            return;
        }

        switch (name)
        {
            case "(":
                ReadMath(token, ")");
                return;
            case "\\":
            case "newline":
            case "par":
                Append(" ", style);
                return;
            case "{" or "}" or "$" or "%" or "&" or "#" or "_":
                Append(name, style);
                return;
            case "textcolor":
            case "color":
                ReadColored(token, style);
                return;
            case "hspace":
            case "kern":
            case "hskip":
                Flush();
                var dimension = name == "hspace" ? ReadHSpace(token) : parser.ReadInlineDimension(token);
                if (dimension is { } d)
                {
                    runs.Add(new MathTextRun(new MathList([SpacingCommands.FromDimension(d) with { Offset = token.Offset }])));
                }

                return;
        }

        if (parser.Symbols.TryGetCommand(name, out var symbol) && symbol.Kind == SymbolKind.Atom && symbol.Has(SymbolFlags.Text))
        {
            Append(symbol.Text, style);
            return;
        }

        // Anything else (\ref, \alpha, \frac, errors) is parsed as math in place, as MathJax and KaTeX tolerate.
        Flush();
        var node = parser.ParseCommand(token);
        if (node is not null)
        {
            runs.Add(new MathTextRun(MathParser.AsList(node, token.Offset)));
        }
    }

    private Dimension? ReadHSpace(Token token)
    {
        parser.ReadStar();
        return parser.ReadDimensionArgument(token);
    }

    private void ReadColored(Token token, TextFontStyle style)
    {
        var color = ColorCommands.ReadColor(parser, token);
        var inner = new TextModeParser(parser);
        if (token.Text == "textcolor")
        {
            inner.ReadArgument(token, style);
        }
        else
        {
            // \color in text: the rest of the enclosing group; the caller's group end stops us.
            while (parser.Input.PeekExpanded() is { } next && !next.IsEnd && next.Kind != TokenKind.EndGroup)
            {
                inner.ReadItem(style, out style);
            }
        }

        inner.Flush();
        Flush();
        var text = new TextNode(inner.runs) { Offset = token.Offset };
        runs.Add(new MathTextRun(new MathList([color is null ? text : new ColorNode(color, new MathList([text])) { Offset = token.Offset }])));
    }

    private void ReadMath(Token open, string close)
    {
        Flush();
        var savedVariant = parser.CurrentVariant;
        var savedAll = parser.VariantAppliesToAllSymbols;
        parser.CurrentVariant = MathVariant.Default;
        parser.VariantAppliesToAllSymbols = false;
        var math = parser.ParseList(ListTerminators.MathShift | ListTerminators.Group);
        parser.CurrentVariant = savedVariant;
        parser.VariantAppliesToAllSymbols = savedAll;
        var end = parser.Input.PeekExpandedNonSpace();
        if ((close == "$" && end.Kind == TokenKind.MathShift) || (close == ")" && end.IsControlSequence(")")))
        {
            parser.Input.Pop();
        }
        else if (!parser.Input.Aborted)
        {
            parser.Diagnostics.Add(open.Offset, $"Missing {(close == "$" ? "$" : "\\)")} for math opened at offset {open.Offset} inside text", 1);
        }

        runs.Add(new MathTextRun(math with { Offset = open.Offset }));
    }

    /// <summary>TeX's text ligatures: -- – , --- — , `` “ , '' ” , ` ‘ , ' ’.</summary>
    private string Ligature(Token token)
    {
        var input = parser.Input;
        switch (token.Text)
        {
            case "-":
                if (input.Peek().IsCharacter('-'))
                {
                    input.Pop();
                    if (input.Peek().IsCharacter('-'))
                    {
                        input.Pop();
                        return "\u2014";
                    }

                    return "\u2013";
                }

                return "-";
            case "`":
                if (input.Peek().IsCharacter('`'))
                {
                    input.Pop();
                    return "\u201C";
                }

                return "\u2018";
            case "'":
                if (input.Peek().IsCharacter('\''))
                {
                    input.Pop();
                    return "\u201D";
                }

                return "\u2019";
            default:
                return token.Text;
        }
    }

    private void Append(string text, TextFontStyle style)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (pending.Length > 0 && style != pendingStyle)
        {
            Flush();
        }

        pendingStyle = style;
        pending.Append(text);
    }

    private void Flush()
    {
        if (pending.Length > 0)
        {
            runs.Add(new PlainTextRun(pending.ToString(), pendingStyle));
            pending.Clear();
        }
    }
}
