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

    /// <summary>Looks up a code point in the style a variation selector asks for (0: none).</summary>
    public static bool TryGlyph(LayoutContext context, int codePoint, int variationSelector, out ushort glyph) =>
        variationSelector == 0
            ? context.Font.TryGetGlyph(codePoint, out glyph)
            : context.Font.TryGetGlyph(codePoint, variationSelector, out glyph);

    /// <summary>First code point of a string (null for an empty one).</summary>
    public static int? FirstCodePoint(string? text) =>
        string.IsNullOrEmpty(text) ? null : char.ConvertToUtf32(text, 0);

    /// <summary>
    /// Upright glyphs for a string, no kerning (text runs inside math: \ref results, error text). Characters no
    /// font has are left to the reader's fonts (<see cref="SystemText"/>); invisible ones are reported and skipped.
    /// </summary>
    public static HBox TextRun(string text, LayoutContext context, int offset)
    {
        var boxes = new List<Box>(text.Length);
        var uncovered = new List<int>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value != ' ' && !TryGlyph(context, rune.Value, out _) && SystemText.CanDraw(rune.Value))
            {
                uncovered.Add(rune.Value);
                continue;
            }

            if (uncovered.Count > 0)
            {
                boxes.Add(SystemText.Box(uncovered, context, offset));
                uncovered.Clear();
            }

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

        if (uncovered.Count > 0)
        {
            boxes.Add(SystemText.Box(uncovered, context, offset));
        }

        return new HBox(boxes);
    }
}
