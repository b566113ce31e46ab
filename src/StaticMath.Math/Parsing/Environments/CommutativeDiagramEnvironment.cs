using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Environments;

/// <summary>
/// amscd's <c>CD</c>: rows of objects joined by horizontal arrows (<c>@&gt;a&gt;b&gt;</c>, <c>@&lt;&lt;&lt;</c>,
/// <c>@=</c>) alternate with rows of vertical arrows (<c>@VaVbV</c>, <c>@AAA</c>, <c>@|</c>, <c>@.</c>). Built from
/// existing nodes: a centred array whose odd columns hold the horizontal arrows and whose vertical-arrow rows put each
/// arrow under an object column, labels lapped to either side in script style.
/// </summary>
internal static class CommutativeDiagramEnvironment
{
    public static void Register(EnvironmentRegistry.Builder registry) => registry.Add("CD", Parse);

    private static MathNode Parse(MathParser parser, Token begin, string name)
    {
        var input = parser.Input;
        var rows = new List<IReadOnlyList<MathList>>();
        var cells = new List<MathList>();
        var current = new List<MathNode>();
        var verticalRow = false;
        while (true)
        {
            var token = input.PeekExpandedNonSpace();
            if (token.IsEnd || token.IsControlSequence("end") || (token.Kind == TokenKind.ControlSequence && token.Text is "\\" or "cr"))
            {
                if (!verticalRow || current.Count > 0)
                {
                    cells.Add(new MathList(current) { Offset = token.Offset });
                }

                if (cells.Count > 1 || cells[0].Items.Count > 0 || token.Text is "\\" or "cr")
                {
                    rows.Add(cells);
                }

                cells = [];
                current = [];
                verticalRow = false;
                if (!(token.Kind == TokenKind.ControlSequence && token.Text is "\\" or "cr"))
                {
                    break;
                }

                input.Pop();
                parser.ReadRowGap();
                continue;
            }

            if (token.IsCharacter('@'))
            {
                input.Pop();
                var kind = input.Pop();
                var arrow = ReadArrow(parser, token, kind, out var vertical);
                if (vertical)
                {
                    if (cells.Count > 0)
                    {
                        cells.Add(MathList.Empty);
                    }

                    verticalRow = true;
                    cells.Add(arrow);
                }
                else
                {
                    cells.Add(new MathList(current) { Offset = token.Offset });
                    current = [];
                    cells.Add(arrow);
                }

                continue;
            }

            if (token.Kind == TokenKind.EndGroup)
            {
                input.Pop();
                current.Add(parser.Error(token, "Extra }, or forgotten {"));
                continue;
            }

            if (parser.ParseAtom() is { } node)
            {
                current.Add(node);
            }
        }

        // Drop the empty row a trailing \\ leaves.
        if (rows.Count > 1 && rows[^1].Count == 1 && rows[^1][0].Items.Count == 0)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var end = input.PeekExpandedNonSpace();
        if (end.IsControlSequence("end"))
        {
            input.Pop();
            var endName = parser.ReadStringArgument(end) ?? "";
            if (endName != name)
            {
                parser.Diagnostics.Add(end.Offset, $"\\begin{{{name}}} ended by \\end{{{endName}}}", 6 + endName.Length);
            }
        }
        else if (!input.Aborted)
        {
            parser.Diagnostics.Add(begin.Offset, $"Missing \\end{{{name}}} for \\begin{{{name}}} opened at offset {begin.Offset}", 6);
        }

        var columns = System.Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Count));
        return new ArrayNode(
            rows,
            Enumerable.Repeat(new ArrayColumn(ColumnAlign.Center), columns).ToArray(),
            rows.Select(_ => 0.0).ToArray(),
            Enumerable.Range(0, rows.Count + 1).Select(_ => (IReadOnlyList<string>)[]).ToArray(),
            rows.Select(_ => new ArrayRowInfo()).ToArray(),
            ArrayKind.Array,
            MathStyle.Display)
        { Offset = begin.Offset };
    }

    private static MathList ReadArrow(MathParser parser, Token at, Token kind, out bool vertical)
    {
        vertical = false;
        var offset = at.Offset;
        switch (kind.Kind == TokenKind.Character ? kind.Text : "")
        {
            case ">":
            case "<":
                var above = ReadLabel(parser, kind.Text[0], at);
                var below = ReadLabel(parser, kind.Text[0], at);
                var arrow = kind.Text == ">" ? "\u2192" : "\u2190";
                return new MathList([new ExtensibleArrowNode(arrow, Empty(above), Empty(below)) { Offset = offset }]) { Offset = offset };
            case "=":
                return new MathList([new ExtensibleArrowNode("=", null, null) { Offset = offset }]) { Offset = offset };
            case "V":
            case "A":
                vertical = true;
                var left = ReadLabel(parser, kind.Text[0], at);
                var right = ReadLabel(parser, kind.Text[0], at);
                return VerticalArrow(kind.Text == "V" ? "\u2193" : "\u2191", left, right, offset);
            case "|":
                vertical = true;
                return VerticalArrow("\u2016", MathList.Empty, MathList.Empty, offset);
            case ".":
                vertical = true;
                return MathList.Empty;
            default:
                parser.Diagnostics.Add(at.Offset, $"Unknown CD arrow @{kind.ToSource()}", 2);
                return new MathList([new ErrorNode("@" + kind.ToSource(), "Unknown CD arrow") { Offset = offset }]) { Offset = offset };
        }
    }

    private static MathList? Empty(MathList label) => label.Items.Count == 0 ? null : label;

    private static MathList VerticalArrow(string arrow, MathList left, MathList right, int offset)
    {
        var items = new List<MathNode>();
        if (left.Items.Count > 0)
        {
            items.Add(new LapNode(new MathList([new StyleNode(MathStyle.Script), .. left.Items]), -1) { Offset = offset });
        }

        items.Add(new SizedDelimiterNode(arrow, 3, AtomClass.Ord) { Offset = offset });
        if (right.Items.Count > 0)
        {
            items.Add(new LapNode(new MathList([new StyleNode(MathStyle.Script), .. right.Items]), 1) { Offset = offset });
        }

        return new MathList(items) { Offset = offset };
    }

    /// <summary>Tokens up to the next <paramref name="delimiter"/> at brace depth 0, parsed as math.</summary>
    private static MathList ReadLabel(MathParser parser, char delimiter, Token at)
    {
        var input = parser.Input;
        var tokens = new List<Token>();
        var depth = 0;
        while (true)
        {
            var token = input.Pop();
            if (token.IsEnd)
            {
                parser.Diagnostics.Add(at.Offset, $"Missing {delimiter} to end a CD arrow label", 1);
                input.Push(token);
                break;
            }

            if (depth == 0 && token.IsCharacter(delimiter))
            {
                break;
            }

            depth += token.Kind == TokenKind.BeginGroup ? 1 : token.Kind == TokenKind.EndGroup ? -1 : 0;
            tokens.Add(token);
        }

        // Parse the label as a group: push it back followed by a closing brace.
        var open = new Token(TokenKind.BeginGroup, "{", at.Offset);
        tokens.Add(new Token(TokenKind.EndGroup, "}", at.Offset));
        input.PushAll(tokens);
        return parser.ParseGroupBody(open);
    }
}
