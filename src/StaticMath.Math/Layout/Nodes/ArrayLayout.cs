using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// Arrays, matrices, cases and alignments (<see cref="ArrayNode"/>): cells laid out in the node's style, columns as wide
/// as their widest cell and aligned per column spec, spacing per <see cref="ArraySpacing"/>, vertical rules for "|"
/// (solid) and ":" (dashed) column separators, \hline / \hdashline / \cline rules between rows, and the whole centred
/// on the math axis (LaTeX's \vcenter). With <c>markRows</c> each row carries a <see cref="RowMarkerBox"/> so the
/// equation's rows (tags, labels, vertical centres) can be found after layout; only the array that forms the
/// equation's rows asks for them, never one nested in a cell.
/// </summary>
internal static class ArrayLayout
{
    /// <summary>\cline{i-j} columns as the parser stores them: 0-based inclusive indices.</summary>
    private const int PartialLineColumnBase = 0;

    /// <summary>The line style standing for "only \cline at this boundary" (one rule slot, drawn over the listed columns).</summary>
    private const string PartialOnly = "partial";

    public static Atom Layout(ArrayNode node, LayoutContext context) => Layout(node, context, markRows: false);

    /// <param name="rowAlign">Overrides the column alignment row by row (multline: first line left, last right).</param>
    public static Atom Layout(ArrayNode node, LayoutContext context, bool markRows, Func<int, ColumnAlign?>? rowAlign = null)
    {
        var cellContext = context.WithStyle(node.Style, cramped: false);
        var spacing = ArraySpacing.For(node.Kind, context, cellContext);
        var rowCount = node.Rows.Count;
        var columnCount = System.Math.Max(node.Columns.Count, node.Rows.Count == 0 ? 0 : node.Rows.Max(r => r.Count));

        var cells = new Box[rowCount][];
        for (var i = 0; i < rowCount; i++)
        {
            cells[i] = new Box[columnCount];
            for (var j = 0; j < columnCount; j++)
            {
                cells[i][j] = j < node.Rows[i].Count ? LayoutCell(node.Rows[i][j], node.Kind, j, cellContext) : HBox.Empty;
            }
        }

        var columns = PlaceColumns(node, spacing, cells, columnCount, context);
        var rows = PlaceRows(node, spacing, cells, columnCount, context);
        return new Atom(Assemble(node, spacing, cells, columns, rows, markRows, rowAlign, context), AtomClass.Ord);
    }

    /// <summary>Align's left columns start with an empty Ord (amsmath's <c>{}##</c>) so "&amp;= b" spaces the relation.</summary>
    private static Box LayoutCell(MathList cell, ArrayKind kind, int column, LayoutContext context)
    {
        var atoms = MathListLayout.LayoutAtoms(cell.Items, context);
        if (kind == ArrayKind.Align && column % 2 == 1 && atoms.Count > 0)
        {
            atoms.Insert(0, new PositionedAtom(new Atom(HBox.Empty, AtomClass.Ord), context));
        }

        return MathListLayout.Assemble(atoms);
    }

    private sealed record ColumnPlacement(double[] ContentX, double[] Widths, double[] StartX, double[] EndX, ColumnAlign[] Aligns,
        List<(double X, bool Dashed)> Rules, double Width);

    private static ColumnPlacement PlaceColumns(ArrayNode node, ArraySpacing spacing, Box[][] cells, int count, LayoutContext context)
    {
        var em = TexDimensions.TextEm(context);
        var contentX = new double[count];
        var widths = new double[count];
        var startX = new double[count];
        var endX = new double[count];
        var aligns = new ColumnAlign[count];
        var rules = new List<(double X, bool Dashed)>();
        double x = 0;
        for (var j = 0; j < count; j++)
        {
            var spec = j < node.Columns.Count ? node.Columns[j] : null;
            aligns[j] = spec?.Align
                ?? spacing.ImplicitAlign?.Invoke(j)
                ?? (node.Columns.Count > 0 ? node.Columns[^1].Align : ColumnAlign.Center);
            x = PlaceSeparators(spec?.SeparatorBefore, x, spacing, rules);

            var (before, after) = spacing.ColumnPadding(j);
            if (spacing.OuterPaddingOnlyAtRules)
            {
                before = j == 0 && string.IsNullOrEmpty(spec?.SeparatorBefore) ? 0 : before;
                after = j == count - 1 && string.IsNullOrEmpty(node.LastSeparator) ? 0 : after;
            }

            before = spec?.SpaceBeforeEm * em ?? before;
            after = spec?.SpaceAfterEm * em ?? after;
            startX[j] = x;
            x += before;
            contentX[j] = x;
            widths[j] = Enumerable.Range(0, cells.Length).Where(i => !IsInterText(node, i)).Select(i => cells[i][j].Width).DefaultIfEmpty(0).Max();
            x += widths[j] + after;
            endX[j] = x;
        }

        x = PlaceSeparators(node.LastSeparator, x, spacing, rules);
        return new ColumnPlacement(contentX, widths, startX, endX, aligns, rules, x);
    }

    /// <summary>"|" and ":" rules, \doublerulesep apart when several stand together; returns the x after them.</summary>
    private static double PlaceSeparators(string? separators, double x, ArraySpacing spacing, List<(double X, bool Dashed)> rules)
    {
        if (string.IsNullOrEmpty(separators))
        {
            return x;
        }

        var first = true;
        foreach (var c in separators)
        {
            if (c is not ('|' or ':'))
            {
                continue;
            }

            if (!first)
            {
                x += spacing.DoubleRuleSeparation;
            }

            rules.Add((x, c == ':'));
            x += spacing.RuleWidth;
            first = false;
        }

        return x;
    }

    /// <summary>Row extents and baselines measured down from the top of the array, and the rule positions.</summary>
    private sealed record RowPlacement(double[] Heights, double[] Depths, double[] BaselineFromTop,
        List<(double Top, int Boundary, int Slot, bool Dashed)> Lines, double TotalHeight);

    private static RowPlacement PlaceRows(ArrayNode node, ArraySpacing spacing, Box[][] cells, int columnCount, LayoutContext context)
    {
        var em = TexDimensions.TextEm(context);
        var count = cells.Length;
        var heights = new double[count];
        var depths = new double[count];
        var gaps = new double[count];
        for (var i = 0; i < count; i++)
        {
            gaps[i] = i < node.RowGapsEm.Count ? node.RowGapsEm[i] * em : 0;
            heights[i] = System.Math.Max(spacing.StrutHeight, columnCount == 0 ? 0 : cells[i].Max(c => c.Height));
            depths[i] = System.Math.Max(spacing.StrutDepth, columnCount == 0 ? 0 : cells[i].Max(c => c.Depth));
            if (spacing.RowsTouch)
            {
                // LaTeX's \\[x] lengthens the row's strut below the baseline.
                depths[i] = System.Math.Max(depths[i], spacing.StrutDepth + gaps[i]);
            }
        }

        var baselines = new double[count];
        var lines = new List<(double Top, int Boundary, int Slot, bool Dashed)>();
        double y = 0;
        for (var k = 0; k <= count; k++)
        {
            var styles = LineStyles(node, k);
            var linesHeight = 0.0;
            for (var s = 0; s < styles.Count; s++)
            {
                if (s > 0)
                {
                    linesHeight += spacing.DoubleRuleSeparation;
                }

                lines.Add((y + linesHeight, k, s, styles[s] == "dashed"));
                linesHeight += spacing.RuleWidth;
            }

            if (k == count)
            {
                y += linesHeight;
                break;
            }

            if (k == 0)
            {
                baselines[0] = linesHeight + heights[0];
            }
            else
            {
                // A rule between rows stops the interline glue (TeX's \noalign{\hrule}): the rows then just clear it.
                var distance = styles.Count > 0
                    ? depths[k - 1] + linesHeight + heights[k]
                    : spacing.BaselineDistance(depths[k - 1], heights[k]);
                if (!spacing.RowsTouch)
                {
                    distance += gaps[k - 1];
                }

                baselines[k] = baselines[k - 1] + distance;
            }

            y = baselines[k] + depths[k];
        }

        return new RowPlacement(heights, depths, baselines, lines, y);
    }

    /// <summary>The rules at a row boundary: \hline/\hdashline entries, or one slot for \cline alone.</summary>
    private static IReadOnlyList<string> LineStyles(ArrayNode node, int boundary)
    {
        var styles = boundary < node.HLines.Count ? node.HLines[boundary] : [];
        if (styles.Count == 0 && PartialLinesAt(node, boundary).Count > 0)
        {
            return [PartialOnly];
        }

        return styles;
    }

    private static IReadOnlyList<(int FromColumn, int ToColumn)> PartialLinesAt(ArrayNode node, int boundary) =>
        node.PartialLines is { } partial && boundary < partial.Count ? partial[boundary] : [];

    private static Box Assemble(ArrayNode node, ArraySpacing spacing, Box[][] cells, ColumnPlacement columns, RowPlacement rows,
        bool markRows, Func<int, ColumnAlign?>? rowAlign, LayoutContext context)
    {
        // Centre on the axis: the top of the array is half its height above the axis (y up from the baseline).
        var top = context.AxisHeight + rows.TotalHeight / 2;
        var bottom = top - rows.TotalHeight;
        var items = new List<PlacedBox>();
        for (var i = 0; i < cells.Length; i++)
        {
            var baseline = top - rows.BaselineFromTop[i];
            if (markRows)
            {
                var info = i < node.RowInfo.Count ? node.RowInfo[i] : new ArrayRowInfo();
                info = IsInterText(node, i) ? info with { NoNumber = true } : info;
                items.Add(new PlacedBox(new RowMarkerBox(info, rows.Heights[i], rows.Depths[i]), 0, baseline));
            }

            if (IsInterText(node, i))
            {
                // \intertext: one text cell flush left across the whole alignment.
                items.Add(new PlacedBox(cells[i][0], 0, baseline));
                continue;
            }

            for (var j = 0; j < cells[i].Length; j++)
            {
                var cell = cells[i][j];
                var slack = columns.Widths[j] - cell.Width;
                var offset = (rowAlign?.Invoke(i) ?? columns.Aligns[j]) switch
                {
                    ColumnAlign.Left => 0,
                    ColumnAlign.Right => slack,
                    _ => slack / 2,
                };
                items.Add(new PlacedBox(cell, columns.ContentX[j] + offset, baseline));
            }
        }

        var rule = spacing.RuleWidth;
        foreach (var (x, dashed) in columns.Rules)
        {
            items.Add(dashed
                ? new PlacedBox(new LineBox(x + rule / 2, bottom, x + rule / 2, top, rule, 0, 0, 0, dashed: true), 0, 0)
                : new PlacedBox(new RuleBox(rule, rows.TotalHeight, 0), x, bottom));
        }

        foreach (var (lineTop, boundary, slot, dashed) in rows.Lines)
        {
            var y = top - lineTop - rule;
            // A boundary with only \cline draws the partial spans; with \hline the full rule covers them anyway.
            var spans = slot == 0 && PartialLinesAt(node, boundary) is { Count: > 0 } partial && LineStyles(node, boundary) is [PartialOnly]
                ? partial.Select(p => ColumnSpan(columns, p)).ToList()
                : [(0.0, columns.Width)];
            foreach (var (from, to) in spans)
            {
                items.Add(dashed
                    ? new PlacedBox(new LineBox(from, y + rule / 2, to, y + rule / 2, rule, 0, 0, 0, dashed: true), 0, 0)
                    : new PlacedBox(new RuleBox(to - from, rule, 0), from, y));
            }
        }

        var width = Enumerable.Range(0, cells.Length).Where(i => IsInterText(node, i))
            .Select(i => cells[i][0].Width).Append(columns.Width).Max();
        return new VBox(items, width, System.Math.Max(0, top), System.Math.Max(0, -bottom));
    }

    private static bool IsInterText(ArrayNode node, int row) => node.InterTextRows?.Contains(row) == true;

    /// <summary>The x extent of \cline{from-to}, padding included, clamped to the existing columns.</summary>
    private static (double From, double To) ColumnSpan(ColumnPlacement columns, (int FromColumn, int ToColumn) line)
    {
        var last = columns.StartX.Length - 1;
        var from = System.Math.Clamp(line.FromColumn - PartialLineColumnBase, 0, System.Math.Max(0, last));
        var to = System.Math.Clamp(line.ToColumn - PartialLineColumnBase, from, System.Math.Max(0, last));
        return last < 0 ? (0, columns.Width) : (columns.StartX[from], columns.EndX[to]);
    }
}
