using StaticMath.Math.Parsing.Commands;
using StaticMath.Math.Parsing.Tokens;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Environments;

/// <summary>
/// Reads the body of an alignment: cells split by <c>&amp;</c>, rows by <c>\\</c> (with <c>[gap]</c>) or <c>\cr</c>,
/// <c>\hline \hdashline \cline{a-b}</c> between rows, <c>\intertext{…}</c> rows, and <c>\tag \label \notag</c> collected
/// into each row's <see cref="ArrayRowInfo"/>. Ends at <c>\end{name}</c> (checked against the environment name) or,
/// for <c>\substack{…}</c>, at the closing brace.
/// </summary>
internal static class ArrayBodyParser
{
    /// <param name="environment">Name to match at <c>\end</c>; null when the body ends at <c>}</c>.</param>
    /// <param name="textFromColumn">Cells from this 0-based column on are text, not math (plain TeX's <c>\cases</c>).</param>
    public static ArrayBody Parse(MathParser parser, Token begin, string? environment, int textFromColumn = int.MaxValue)
    {
        var input = parser.Input;
        var rows = new List<IReadOnlyList<MathList>>();
        var infos = new List<ArrayRowInfo>();
        var gaps = new List<double>();
        var hlines = new List<List<string>> { new() };
        var partial = new List<List<(int, int)>> { new() };
        var interTextRows = new List<int>();
        var cells = new List<MathList>();
        var info = new ArrayRowInfo();
        var terminators = environment is null ? ListTerminators.Cell | ListTerminators.Group : ListTerminators.Cell;

        while (true)
        {
            if (cells.Count == 0 && ReadRowPrefix(parser, hlines[^1], partial[^1], out var interText))
            {
                if (interText is not null)
                {
                    interTextRows.Add(rows.Count);
                    rows.Add([new MathList([interText]) { Offset = interText.Offset }]);
                    infos.Add(new ArrayRowInfo(NoNumber: true));
                    gaps.Add(0);
                    hlines.Add([]);
                    partial.Add([]);
                }

                continue;
            }

            var savedVariant = parser.CurrentVariant;
            var savedAll = parser.VariantAppliesToAllSymbols;
            var cell = cells.Count >= textFromColumn
                ? new MathList([TextModeParser.ParseCell(parser, input.PeekExpanded().Offset)]) { Offset = input.PeekExpanded().Offset }
                : parser.ParseList(terminators);
            parser.CurrentVariant = savedVariant;
            parser.VariantAppliesToAllSymbols = savedAll;
            cells.Add(ExtractRowMeta(cell, ref info));

            var token = input.PeekExpandedNonSpace();
            if (token.Kind == TokenKind.AlignTab)
            {
                input.Pop();
                continue;
            }

            if (token.Kind == TokenKind.ControlSequence && token.Text is "\\" or "cr" or "tabularnewline" or "newline")
            {
                input.Pop();
                gaps.Add(token.Text == "\\" || token.Text == "newline" ? parser.ReadRowGap() : 0);
                rows.Add(cells);
                infos.Add(info);
                hlines.Add([]);
                partial.Add([]);
                cells = [];
                info = new ArrayRowInfo();
                continue;
            }

            // \end, } or the end of input: finish the last row unless it is the empty row after a final \\.
            var isEmptyTrailingRow = cells.Count == 1 && cells[0].Items.Count == 0 && info == new ArrayRowInfo() && rows.Count > 0;
            if (!isEmptyTrailingRow)
            {
                gaps.Add(0);
                rows.Add(cells);
                infos.Add(info);
                hlines.Add([]);
                partial.Add([]);
            }

            // (An empty trailing row adds nothing: lines after the final \\ are already on the bottom boundary.)
            ReadEnd(parser, begin, environment, token);
            break;
        }

        // Without a final row, every boundary list still needs to exist: Rows.Count + 1 of them.
        while (hlines.Count > rows.Count + 1)
        {
            hlines.RemoveAt(hlines.Count - 1);
            partial.RemoveAt(partial.Count - 1);
        }

        return new ArrayBody(rows, infos, gaps, hlines.Select(h => (IReadOnlyList<string>)h).ToList(),
            partial.Select(p => (IReadOnlyList<(int, int)>)p).ToList(), interTextRows, begin.Offset);
    }

    /// <summary>Reads \hline, \hdashline, \cline and \intertext at the start of a row; true if one was consumed.</summary>
    private static bool ReadRowPrefix(MathParser parser, List<string> lines, List<(int, int)> partialLines, out TextNode? interText)
    {
        interText = null;
        var token = parser.Input.PeekExpandedNonSpace();
        if (token.Kind != TokenKind.ControlSequence)
        {
            return false;
        }

        switch (token.Text)
        {
            case "hline":
                parser.Input.Pop();
                lines.Add("solid");
                return true;
            case "hdashline":
                parser.Input.Pop();
                lines.Add("dashed");
                return true;
            case "cline":
                parser.Input.Pop();
                var range = parser.ReadStringArgument(token);
                if (range is not null && TryParseRange(range, out var from, out var to))
                {
                    partialLines.Add((from, to));
                }
                else
                {
                    parser.Diagnostics.Add(token.Offset, $"Invalid column range '{range}' for \\cline (expected e.g. 2-3)", 6);
                }

                return true;
            case "intertext":
            case "shortintertext":
                parser.Input.Pop();
                interText = TextModeParser.ParseArgument(parser, token, TextFontStyle.Upright);
                return true;
            default:
                return false;
        }
    }

    /// <summary>"2-3" (1-based, as written) → 0-based inclusive column indices.</summary>
    private static bool TryParseRange(string text, out int from, out int to)
    {
        from = to = 0;
        var dash = text.IndexOf('-');
        if (dash < 0)
        {
            if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out from) || from < 1)
            {
                return false;
            }

            from--;
            to = from;
            return true;
        }

        if (!int.TryParse(text.AsSpan(0, dash).Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out from) ||
            !int.TryParse(text.AsSpan(dash + 1).Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out to) ||
            from < 1 || to < from)
        {
            return false;
        }

        from--;
        to--;
        return true;
    }

    /// <summary>Moves top-level \tag/\label/\notag of a cell into the row's info.</summary>
    private static MathList ExtractRowMeta(MathList cell, ref ArrayRowInfo info)
    {
        List<MathNode>? kept = null;
        for (var i = 0; i < cell.Items.Count; i++)
        {
            if (cell.Items[i] is EquationMetaNode meta)
            {
                kept ??= cell.Items.Take(i).ToList();
                info = Merge(info, meta);
            }
            else
            {
                kept?.Add(cell.Items[i]);
            }
        }

        return kept is null ? cell : cell with { Items = kept };
    }

    public static ArrayRowInfo Merge(ArrayRowInfo info, EquationMetaNode meta) => new(
        meta.Tag ?? info.Tag,
        meta.Tag is not null ? meta.TagIsStarred : info.TagIsStarred,
        meta.Label ?? info.Label,
        info.NoNumber || meta.NoNumber);

    private static void ReadEnd(MathParser parser, Token begin, string? environment, Token token)
    {
        var input = parser.Input;
        if (environment is null)
        {
            // \substack{…}: the closing brace.
            parser.ExpectGroupEnd(begin);
            return;
        }

        if (token.IsControlSequence("end"))
        {
            input.Pop();
            var name = parser.ReadStringArgument(token) ?? "";
            if (name != environment)
            {
                parser.Diagnostics.Add(token.Offset, $"\\begin{{{environment}}} ended by \\end{{{name}}}", 4 + name.Length + 2);
            }

            return;
        }

        if (!input.Aborted)
        {
            parser.Diagnostics.Add(begin.Offset, $"Missing \\end{{{environment}}} for \\begin{{{environment}}} opened at offset {begin.Offset}", 6);
        }
    }
}
