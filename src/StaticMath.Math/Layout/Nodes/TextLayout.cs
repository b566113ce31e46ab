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

    private static void AppendText(List<Box> boxes, PlainTextRun run, int offset, LayoutContext context)
    {
        var variant = VariantOf(run.Style);
        var text = ApplyLigatures(run.Text.Normalize(NormalizationForm.FormC));
        var previousWasSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) && rune.Value != 0xA0)
            {
                if (!previousWasSpace)
                {
                    boxes.Add(new KernBox(WordSpace(context)));
                }

                previousWasSpace = true;
                continue;
            }

            previousWasSpace = false;
            var codePoint = rune.Value == 0xA0 ? ' ' : rune.Value;
            if (codePoint == ' ')
            {
                boxes.Add(new KernBox(WordSpace(context)));
                continue;
            }

            var mapped = variant == MathVariant.Normal ? codePoint : MathAlphabets.Map(codePoint, variant, context.Font);
            if (GlyphFactory.TryGlyph(context, mapped, out var glyph) || GlyphFactory.TryGlyph(context, codePoint, out glyph))
            {
                boxes.Add(GlyphFactory.Glyph(context, glyph));
            }
            else
            {
                context.State.AddError(offset, $"The math font has no glyph for U+{codePoint:X4}");
                boxes.Add(ErrorLayout.MissingGlyphBox(context));
            }
        }
    }

    /// <summary>The inter-word space: the font's space advance (LM: 1/3 em, as cmr10's 3.33pt).</summary>
    private static double WordSpace(LayoutContext context) =>
        GlyphFactory.TryGlyph(context, ' ', out var space)
            ? context.Font.GetMetrics(space).Advance * context.Scale
            : context.Em / 3;

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
