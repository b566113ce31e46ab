using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;
using StaticMath.Math.Unicode;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>A character atom: alphabet mapping (TeX's italic letters, \mathbb…), script alternates, italic correction.</summary>
internal static class SymbolLayout
{
    public static Atom Layout(SymbolAtom symbol, LayoutContext context)
    {
        // Nearly every atom is one character: decode it without materialising the text's runes (a lone surrogate
        // decodes to U+FFFD, as enumerating runes gives).
        if (symbol.Text.Length > 0)
        {
            System.Text.Rune.DecodeFromUtf16(symbol.Text, out var single, out var length);
            if (length == symbol.Text.Length)
            {
                return DotsLayout.TryLayout(single.Value, symbol, context, out var dots)
                    ? dots
                    : LayoutCharacter(single.Value, symbol.Variant, symbol.Class, symbol.Offset, context);
            }
        }

        // Several characters in one atom (rare: composed symbols): one box, no character semantics.
        var boxes = new List<Box>();
        foreach (var rune in symbol.Text.EnumerateRunes())
        {
            var part = LayoutCharacter(rune.Value, symbol.Variant, symbol.Class, symbol.Offset, context);
            boxes.Add(part.Box);
        }

        return new Atom(new HBox(boxes), symbol.Class);
    }

    public static Atom LayoutCharacter(int codePoint, MathVariant variant, AtomClass atomClass, int offset, LayoutContext context)
    {
        if (!TryMapGlyph(codePoint, variant, context, out var glyph))
        {
            if (Moustaches.TryAssembly(codePoint, context.Font, out _))
            {
                return new Atom(DelimiterLayout.DelimiterBox(char.ConvertFromUtf32(codePoint), 0, offset, context), atomClass);
            }

            if (SystemText.CanDraw(codePoint))
            {
                var bold = variant is MathVariant.Bold or MathVariant.BoldItalic or MathVariant.SansSerifBold;
                return new Atom(SystemText.Box([codePoint], context, offset, bold), atomClass);
            }

            context.State.AddError(offset, $"The math font has no glyph for U+{codePoint:X4}");
            return new Atom(ErrorLayout.MissingGlyphBox(context), atomClass);
        }

        var box = GlyphFactory.ScriptGlyph(context, glyph);
        var italic = context.Font.GetItalicCorrection(box.Glyph) * context.Scale;
        return new Atom(box, atomClass, ItalicCorrection: italic, IsCharacter: true);
    }

    /// <summary>Maps through the math alphabet, falling back to the plain character when the font lacks the styled one.</summary>
    public static bool TryMapGlyph(int codePoint, MathVariant variant, LayoutContext context, out ushort glyph)
    {
        var mapped = MathAlphabets.Map(codePoint, variant, context.Font);
        // The alphabet's style (chancery or roundhand script) applies only when the letter was not replaced by its
        // default form because no font has it in that style.
        var selector = mapped != codePoint && mapped == MathAlphabets.Map(codePoint, variant) ? MathAlphabets.VariationSelector(variant) : 0;
        return GlyphFactory.TryGlyph(context, mapped, selector, out glyph) ||
               (mapped != codePoint && GlyphFactory.TryGlyph(context, codePoint, out glyph));
    }
}
