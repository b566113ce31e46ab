using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Environments;

/// <summary>
/// The column specification of <c>array</c>/<c>subarray</c>: <c>l c r</c>, separators <c>|</c> (solid) and <c>:</c>
/// (dashed), <c>*{n}{spec}</c> repetition; <c>p{…} m{…} b{…}</c> become left-aligned columns, <c>@{…}</c> removes the
/// space between columns, <c>&gt;{…} &lt;{…}</c> are ignored.
/// </summary>
internal static class ColumnSpecParser
{
    public static (List<ArrayColumn> Columns, string? LastSeparator) Parse(IReadOnlyList<Token> tokens, ParseDiagnostics diagnostics)
    {
        var columns = new List<ArrayColumn>();
        string? separator = null;
        double? spaceBefore = null;
        Parse(tokens, 0, diagnostics, columns, ref separator, ref spaceBefore);
        return (columns, separator);
    }

    private static void Parse(IReadOnlyList<Token> tokens, int depth, ParseDiagnostics diagnostics, List<ArrayColumn> columns, ref string? separator, ref double? spaceBefore)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i++];
            if (token.Kind == TokenKind.Space)
            {
                continue;
            }

            var c = token.Kind == TokenKind.Character && token.Text.Length == 1 ? token.Text[0] : '\0';
            switch (c)
            {
                case 'l':
                    AddColumn(columns, ColumnAlign.Left, ref separator, ref spaceBefore);
                    break;
                case 'c':
                    AddColumn(columns, ColumnAlign.Center, ref separator, ref spaceBefore);
                    break;
                case 'r':
                    AddColumn(columns, ColumnAlign.Right, ref separator, ref spaceBefore);
                    break;
                case 'p' or 'm' or 'b' or 'X':
                    SkipGroup(tokens, ref i);
                    AddColumn(columns, ColumnAlign.Left, ref separator, ref spaceBefore);
                    break;
                case '|':
                    separator += "|";
                    break;
                case ':':
                    separator += ":";
                    break;
                case '@' or '!':
                    SkipGroup(tokens, ref i);
                    if (columns.Count > 0)
                    {
                        columns[^1] = columns[^1] with { SpaceAfterEm = 0 };
                    }

                    spaceBefore = 0;
                    break;
                case '>' or '<':
                    SkipGroup(tokens, ref i);
                    break;
                case '*':
                    var countTokens = ReadGroup(tokens, ref i);
                    var repeated = ReadGroup(tokens, ref i);
                    if (int.TryParse(TokenText.Concat(countTokens).Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) && depth < 4)
                    {
                        for (var k = 0; k < System.Math.Min(count, 100); k++)
                        {
                            Parse(repeated, depth + 1, diagnostics, columns, ref separator, ref spaceBefore);
                        }
                    }
                    else
                    {
                        diagnostics.Add(token.Offset, "Invalid *{count}{columns} in array column specification", 1);
                    }

                    break;
                default:
                    diagnostics.Add(token.Offset, $"Unknown column type '{token.ToSource()}' in array specification", System.Math.Max(1, token.ToSource().Length));
                    break;
            }
        }
    }

    private static void AddColumn(List<ArrayColumn> columns, ColumnAlign align, ref string? separator, ref double? spaceBefore)
    {
        columns.Add(new ArrayColumn(align, separator, spaceBefore));
        separator = null;
        spaceBefore = null;
    }

    private static void SkipGroup(IReadOnlyList<Token> tokens, ref int i) => ReadGroup(tokens, ref i);

    private static List<Token> ReadGroup(IReadOnlyList<Token> tokens, ref int i)
    {
        while (i < tokens.Count && tokens[i].Kind == TokenKind.Space)
        {
            i++;
        }

        var result = new List<Token>();
        if (i >= tokens.Count)
        {
            return result;
        }

        if (tokens[i].Kind != TokenKind.BeginGroup)
        {
            result.Add(tokens[i++]);
            return result;
        }

        var depth = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i++];
            if (token.Kind == TokenKind.BeginGroup && depth++ == 0)
            {
                continue;
            }

            if (token.Kind == TokenKind.EndGroup && --depth == 0)
            {
                break;
            }

            result.Add(token);
        }

        return result;
    }
}
