using StaticMath.Math.Layout.Boxes;

namespace StaticMath.Math.Layout;

/// <summary>Makes glyph boxes at the context's size, and runs of upright text (errors, references, labels).</summary>
internal static class GlyphFactory
{
    /// <summary>The glyph at the current size (no script alternate applied).</summary>
    public static GlyphBox Glyph(LayoutContext context, ushort glyph) =>
        new(glyph, context.Scale, context.Font.GetMetrics(glyph));

    /// <summary>The glyph's 'ssty' alternate in script styles, then the glyph at the current size.</summary>
    public static GlyphBox ScriptGlyph(LayoutContext context, ushort glyph) =>
        Glyph(context, context.ScriptLevel > 0 ? context.Font.GetScriptAlternate(glyph, context.ScriptLevel) : glyph);

    /// <summary>Looks up a code point; false when the font has no glyph for it.</summary>
    public static bool TryGlyph(LayoutContext context, int codePoint, out ushort glyph) =>
        context.Font.TryGetGlyph(codePoint, out glyph);

    /// <summary>First code point of a string (null for an empty one).</summary>
    public static int? FirstCodePoint(string? text) =>
        string.IsNullOrEmpty(text) ? null : char.ConvertToUtf32(text, 0);

    /// <summary>
    /// Upright glyphs for a string, no kerning (text runs inside math: \ref results, error text). Characters the
    /// font lacks are reported once and skipped.
    /// </summary>
    public static HBox TextRun(string text, LayoutContext context, int offset)
    {
        var boxes = new List<Box>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value == ' ')
            {
                boxes.Add(new KernBox(context.Em / 3));
                continue;
            }

            if (TryGlyph(context, rune.Value, out var glyph))
            {
                boxes.Add(ScriptGlyph(context, glyph));
            }
            else
            {
                context.State.AddError(offset, $"The math font has no glyph for U+{rune.Value:X4}");
            }
        }

        return new HBox(boxes);
    }
}
