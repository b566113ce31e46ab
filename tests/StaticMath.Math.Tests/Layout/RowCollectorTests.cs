using StaticMath.Math.Layout;
using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Tests.Layout;

public class RowCollectorTests
{
    [Fact]
    public void RowMarkersReportTheirCentresFromTheTopInDocumentOrder()
    {
        var first = new RowMarkerBox(new ArrayRowInfo(Tag: "1"), 700, 300);
        var second = new RowMarkerBox(new ArrayRowInfo(Label: "b"), 500, 100);
        var table = new VBox([new PlacedBox(first, 0, 600), new PlacedBox(second, 0, -800)]);
        var root = new HBox(new KernBox(100), new ShiftBox(table, 50));

        var rows = RowCollector.Collect(root);

        Assert.Equal(2, rows.Count);
        Assert.Equal("1", rows[0].Marker.Info.Tag);
        // top of the root = 600 + 50 + 700 = 1350; first centre at 650 + 200 = 850, second at −750 + 200 = −550.
        Assert.Equal(1350 - 850, rows[0].CenterFromTop, 6);
        Assert.Equal(1350 + 550, rows[1].CenterFromTop, 6);
    }
}
