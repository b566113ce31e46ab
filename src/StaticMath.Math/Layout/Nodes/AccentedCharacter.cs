using StaticMath.Math.Layout.Boxes;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// A letter followed by combining marks (the parser writes <c>\'e</c> as "e" + U+0301): the base glyph with each mark
/// placed by the MATH table's top-accent attachments (else centred on the ink) and, for marks above, lifted by as much
/// as the base rises above the accent base height, so capitals carry their accents above them as TeX's \accent does.
/// Marks below (cedilla, dot below) stay where the font draws them.
/// </summary>
internal static class AccentedCharacter
{
    public static Box Compose(GlyphBox baseBox, ReadOnlySpan<int> marks, int offset, LayoutContext context)
    {
        var font = context.Font;
        var baseMetrics = font.GetMetrics(baseBox.Glyph);
        var baseAttachment = font.GetTopAccentAttachment(baseBox.Glyph) ?? (baseMetrics.XMin + baseMetrics.XMax) / 2;
        var lift = System.Math.Max(0, baseMetrics.YMax - context.Constants.AccentBaseHeight);
        var items = new List<PlacedBox> { new(baseBox, 0, 0) };
        foreach (var mark in marks)
        {
            if (!GlyphFactory.TryGlyph(context, mark, out var markGlyph))
            {
                context.State.AddError(offset, $"The math font has no glyph for U+{mark:X4}");
                continue;
            }

            var metrics = font.GetMetrics(markGlyph);
            var markAttachment = font.GetTopAccentAttachment(markGlyph) ?? (metrics.XMin + metrics.XMax) / 2;
            var above = metrics.YMin >= 0;
            items.Add(new PlacedBox(
                GlyphFactory.Glyph(context, markGlyph),
                (baseAttachment - markAttachment) * context.Scale,
                above ? lift * context.Scale : 0));
        }

        return new VBox(items, baseBox.Width);
    }
}
