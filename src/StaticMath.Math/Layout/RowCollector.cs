using StaticMath.Math.Layout.Boxes;

namespace StaticMath.Math.Layout;

/// <summary>Finds the row markers of a laid-out equation and where their rows sit (top-down), in document order.</summary>
internal static class RowCollector
{
    /// <summary>Each marker with the vertical centre and the baseline of its row measured down from the top of <paramref name="root"/> (font units).</summary>
    public static List<(RowMarkerBox Marker, double CenterFromTop, double BaselineFromTop)> Collect(Box root)
    {
        var rows = new List<(RowMarkerBox, double, double)>();
        Walk(root, 0, root.Height, rows);
        return rows;
    }

    private static void Walk(Box box, double baselineY, double rootHeight, List<(RowMarkerBox, double, double)> rows)
    {
        if (box is RowMarkerBox marker)
        {
            var center = baselineY + (marker.Height - marker.Depth) / 2;
            rows.Add((marker, rootHeight - center, rootHeight - baselineY));
            return;
        }

        var children = box.Children;
        for (var i = 0; i < children.Length; i++)
        {
            Walk(children[i].Box, baselineY + children[i].Y, rootHeight, rows);
        }
    }
}
