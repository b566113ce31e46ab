using System.Text;
using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;
using StaticMath.Math.Unicode;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// Text-mode material (\text, \textbf, \mbox…): runs of text set with the font's text glyphs (upright) or the math
/// alphanumerics of the run's style (bold, italic, sans, mono), TeX's text ligatures for quotes and dashes, one
/// inter-word space per run of blanks, and nested <c>$…$</c> math laid out in text style. Text takes the size of the
/// current style (a \text in a subscript is script-sized) but never the script-style glyph alternates.
/// </summary>
internal static class TextLayout
{
    /// <summary>TeX's input ligatures of the Computer Modern text fonts, longest first.</summary>
    private static readonly (string From, string To)[] Ligatures =
    [
        ("---", "\u2014"),
        ("--", "\u2013"),
        ("``", "\u201C"),
        ("''", "\u201D"),
        ("`", "\u2018"),
        ("'", "\u2019"),
    ];

    public static Atom Layout(TextNode node, LayoutContext context)
    {
        var boxes = new List<Box>();
        foreach (var run in node.Runs)
        {
            switch (run)
            {
                case PlainTextRun text:
                    AppendText(boxes, text, node.Offset, context);
                    break;
                case MathTextRun math:
                    var mathContext = context.Style == MathStyle.Display ? context.WithStyle(MathStyle.Text, cramped: false) : context;
                    boxes.Add(MathListLayout.Layout(math.Math, mathContext));
                    break;
            }
        }

        return new Atom(new HBox(boxes), AtomClass.Ord);
    }

    /// <summary>Widths (em) of the Unicode spaces the parser uses for text-mode spacing commands (\, \: \; \quad \enspace).</summary>
    private static readonly Dictionary<int, double> FixedSpacesEm = new()
    {
        [0x2002] = 0.5,          // en space: \enspace
        [0x2003] = 1.0,          // em space: \quad
        [0x2004] = 5.0 / 18,     // three-per-em: \; (thick space)
        [0x2005] = 4.0 / 18,     // four-per-em: \: (medium space)
        [0x2006] = 1.0 / 6,
        [0x2009] = 1.0 / 6,      // thin space: \,
        [0x200A] = 1.0 / 24,
        [0x202F] = 1.0 / 6,
        [0x200B] = 0,
    };

    private static void AppendText(List<Box> boxes, PlainTextRun run, int offset, LayoutContext context)
    {
        var variant = VariantOf(run.Style);
        var runes = ApplyLigatures(run.Text).EnumerateRunes().Select(r => r.Value).ToArray();
        // Consecutive characters no font has become one text element.
        var uncovered = new List<int>();
        void FlushUncovered()
        {
            if (uncovered.Count > 0)
            {
                boxes.Add(SystemText.Box(uncovered, context, offset, run.Style.HasFlag(TextFontStyle.Bold), run.Style.HasFlag(TextFontStyle.Italic)));
                uncovered.Clear();
            }
        }

        for (var i = 0; i < runes.Length; i++)
        {
            var codePoint = runes[i];
            if (IsUncovered(codePoint, variant, context))
            {
                uncovered.Add(codePoint);
                continue;
            }

            FlushUncovered();
            // Spaces were already collapsed by TeX's tokenizer rules in the parser; each one here counts (\ \ , ~~).
            if (FixedSpacesEm.TryGetValue(codePoint, out var em))
            {
                boxes.Add(new KernBox(em * context.Em));
                continue;
            }

            if (codePoint == 0xA0 || Rune.IsWhiteSpace(new Rune(codePoint)))
            {
                boxes.Add(new KernBox(WordSpace(variant, context)));
                continue;
            }

            var marks = 0;
            while (i + 1 + marks < runes.Length && IsCombiningMark(runes[i + 1 + marks]))
            {
                marks++;
            }

            // Prefer the font's precomposed letter (é), else stack the marks on the letter.
            if (marks > 0 && TryPrecomposed(codePoint, runes[i + 1], variant, context) is { } precomposed)
            {
                codePoint = precomposed;
                i++;
                marks--;
            }

            var glyph = Glyph(codePoint, variant, offset, context, allowDecomposition: marks == 0);
            if (marks > 0 && glyph is GlyphBox baseGlyph)
            {
                boxes.Add(AccentedCharacter.Compose(baseGlyph, runes.AsSpan(i + 1, marks), offset, context));
                i += marks;
                continue;
            }

            boxes.Add(glyph);
        }

        FlushUncovered();
    }

    /// <summary>True for a character neither the font nor a decomposition can draw but the reader's fonts can.</summary>
    private static bool IsUncovered(int codePoint, MathVariant variant, LayoutContext context)
    {
        if (!SystemText.CanDraw(codePoint) || IsCombiningMark(codePoint) || FixedSpacesEm.ContainsKey(codePoint) || Rune.IsWhiteSpace(new Rune(codePoint)))
        {
            return false;
        }

        var mapped = variant == MathVariant.Normal ? codePoint : MathAlphabets.Map(codePoint, variant, context.Font);
        return !GlyphFactory.TryGlyph(context, mapped, out _) && !GlyphFactory.TryGlyph(context, codePoint, out _)
            && !LatinCompositions.TryDecompose(codePoint, out _, out _);
    }

    private static int? TryPrecomposed(int letter, int mark, MathVariant variant, LayoutContext context)
    {
        // TeX writes accented i and j on the dotless forms (\'\i); Unicode composes them from i and j.
        var baseLetter = letter switch
        {
            0x0131 => 'i',
            0x0237 => 'j',
            _ => letter,
        };
        return variant == MathVariant.Normal
            && LatinCompositions.TryCompose(baseLetter, mark, out var composed)
            && GlyphFactory.TryGlyph(context, composed, out _)
            ? composed
            : null;
    }

    private static Box Glyph(int codePoint, MathVariant variant, int offset, LayoutContext context, bool allowDecomposition)
    {
        var mapped = variant == MathVariant.Normal ? codePoint : MathAlphabets.Map(codePoint, variant, context.Font);
        if (GlyphFactory.TryGlyph(context, mapped, out var glyph) || GlyphFactory.TryGlyph(context, codePoint, out glyph))
        {
            return GlyphFactory.Glyph(context, glyph);
        }

        // A precomposed letter the font lacks (ȧ): the letter with its mark stacked on it.
        if (allowDecomposition && LatinCompositions.TryDecompose(codePoint, out var letter, out var mark)
            && Glyph(letter, variant, offset, context, allowDecomposition: false) is GlyphBox letterBox)
        {
            return AccentedCharacter.Compose(letterBox, [mark], offset, context);
        }

        context.State.AddError(offset, $"The math font has no glyph for U+{codePoint:X4}");
        return ErrorLayout.MissingGlyphBox(context);
    }

    /// <summary>Combining Diacritical Marks (U+0300–036F), which the parser puts after the letter for \'e, \"o, \c c…</summary>
    private static bool IsCombiningMark(int codePoint) => codePoint is >= 0x0300 and <= 0x036F;

    /// <summary>The inter-word space: the font's space advance (LM: 1/3 em, as cmr10's 3.33pt); in typewriter type a
    /// space is one character wide, as in cmtt.</summary>
    private static double WordSpace(MathVariant variant, LayoutContext context)
    {
        var space = variant == MathVariant.Monospace ? MathAlphabets.Map('0', MathVariant.Monospace) : ' ';
        return GlyphFactory.TryGlyph(context, space, out var glyph)
            ? context.Font.GetMetrics(glyph).Advance * context.Scale
            : context.Em / 3;
    }

    private static string ApplyLigatures(string text)
    {
        if (text.IndexOfAny(['-', '`', '\'']) < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var matched = false;
            foreach (var (from, to) in Ligatures)
            {
                if (string.CompareOrdinal(text, i, from, 0, from.Length) == 0)
                {
                    sb.Append(to);
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                sb.Append(text[i]);
                i++;
            }
        }

        return sb.ToString();
    }

    /// <summary>The math alphabet standing in for a text font style (Unicode has no sans bold italic in our enum: bold wins).</summary>
    internal static MathVariant VariantOf(TextFontStyle style)
    {
        var bold = style.HasFlag(TextFontStyle.Bold);
        var italic = style.HasFlag(TextFontStyle.Italic);
        if (style.HasFlag(TextFontStyle.Monospace))
        {
            return MathVariant.Monospace;
        }

        if (style.HasFlag(TextFontStyle.SansSerif))
        {
            return bold ? MathVariant.SansSerifBold : italic ? MathVariant.SansSerifItalic : MathVariant.SansSerif;
        }

        return (bold, italic) switch
        {
            (true, true) => MathVariant.BoldItalic,
            (true, false) => MathVariant.Bold,
            (false, true) => MathVariant.Italic,
            _ => MathVariant.Normal,
        };
    }
}
