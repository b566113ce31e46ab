using StaticMath.Math.Syntax;

namespace StaticMath.Math.Parsing.Environments;

/// <summary>Rows, cells and row decorations of an alignment, before the environment decides columns and spacing.</summary>
internal sealed record ArrayBody(
    IReadOnlyList<IReadOnlyList<MathList>> Rows,
    IReadOnlyList<ArrayRowInfo> RowInfo,
    IReadOnlyList<double> RowGapsEm,
    IReadOnlyList<IReadOnlyList<string>> HLines,
    IReadOnlyList<IReadOnlyList<(int FromColumn, int ToColumn)>> PartialLines,
    IReadOnlyList<int> InterTextRows,
    int Offset)
{
    /// <summary>Number of cells in the widest row.</summary>
    public int ColumnCount => Rows.Count == 0 ? 0 : Rows.Max(r => r.Count);

    public ArrayNode ToNode(IReadOnlyList<ArrayColumn> columns, ArrayKind kind, MathStyle style, string? lastSeparator = null) =>
        new(Rows, columns, RowGapsEm, HLines, RowInfo, kind, style, lastSeparator,
            PartialLines.Any(p => p.Count > 0) ? PartialLines : null, InterTextRows.Count > 0 ? InterTextRows : null)
        { Offset = Offset };

    /// <summary>Columns alternating right/left (align, aligned, split): one pair per relation.</summary>
    public IReadOnlyList<ArrayColumn> AlternatingColumns()
    {
        var count = System.Math.Max(1, ColumnCount);
        var columns = new ArrayColumn[count];
        for (var i = 0; i < count; i++)
        {
            columns[i] = new ArrayColumn(i % 2 == 0 ? ColumnAlign.Right : ColumnAlign.Left);
        }

        return columns;
    }

    /// <summary>The same alignment for every column.</summary>
    public IReadOnlyList<ArrayColumn> UniformColumns(ColumnAlign align) =>
        Enumerable.Repeat(new ArrayColumn(align), System.Math.Max(1, ColumnCount)).ToArray();
}
