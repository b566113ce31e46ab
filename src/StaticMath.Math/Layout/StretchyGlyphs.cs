using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.OpenType;

namespace StaticMath.Math.Layout;

/// <summary>
/// Stretchy glyphs from the MATH table: the first size variant that is big enough, else a glyph assembly built to the
/// exact size (extenders repeated, overlaps spread evenly but never below MinConnectorOverlap), else the largest variant.
/// Sizes are in font units at the context's scale.
/// </summary>
internal static class StretchyGlyphs
{
    /// <summary>A vertical construction with height+depth at least <paramref name="targetTotal"/> (when the font can), in the glyph's own vertical position.</summary>
    public static Box Vertical(LayoutContext context, ushort glyph, double targetTotal) =>
        Build(context, glyph, targetTotal, vertical: true);

    /// <summary>A horizontal construction at least <paramref name="targetWidth"/> wide (when the font can).</summary>
    public static Box Horizontal(LayoutContext context, ushort glyph, double targetWidth) =>
        Build(context, glyph, targetWidth, vertical: false);

    private static Box Build(LayoutContext context, ushort glyph, double target, bool vertical)
    {
        var font = context.Font;
        var scale = context.Scale;
        var variants = font.GetVariants(glyph, vertical);
        var best = glyph;
        foreach (var variant in variants)
        {
            best = variant.Glyph;
            // The MATH table's measurement, or the glyph's own extent when larger (combining accents have no advance).
            var size = System.Math.Max(variant.AdvanceMeasurement, Measure(font, variant.Glyph, vertical));
            if (size * scale >= target)
            {
                return GlyphFactory.Glyph(context, variant.Glyph);
            }
        }

        if (variants.Count == 0 && Measure(font, glyph, vertical) * scale >= target)
        {
            return GlyphFactory.Glyph(context, glyph);
        }

        var assembly = font.GetAssembly(glyph, vertical);
        if (assembly is not null && assembly.Parts.Count > 0)
        {
            return Assemble(context, assembly, target / scale, vertical);
        }

        return GlyphFactory.Glyph(context, best);
    }

    /// <summary>A vertical assembly built to at least <paramref name="targetTotal"/> (its smallest form when that is larger),
    /// bottom on the baseline.</summary>
    public static Box VerticalAssembly(LayoutContext context, GlyphAssembly assembly, double targetTotal) =>
        Assemble(context, assembly, targetTotal / context.Scale, vertical: true);

    /// <summary>The size a glyph offers in the stretch direction: its ink height+depth, or its advance.</summary>
    private static int Measure(IMathFont font, ushort glyph, bool vertical)
    {
        var m = font.GetMetrics(glyph);
        return vertical ? m.YMax - m.YMin : m.Advance;
    }

    private static Box Assemble(LayoutContext context, GlyphAssembly assembly, double target, bool vertical)
    {
        var minOverlap = context.Constants.MinConnectorOverlap;
        var parts = ChooseRepetitions(assembly.Parts, target, minOverlap);

        // Spread the slack evenly over the joints, never overlapping more than the connectors allow.
        var joints = parts.Count - 1;
        double overlap = minOverlap;
        if (joints > 0)
        {
            var full = parts.Sum(p => (double)p.FullAdvance);
            var maxOverlap = double.MaxValue;
            for (var i = 0; i < joints; i++)
            {
                maxOverlap = System.Math.Min(maxOverlap, System.Math.Min(parts[i].EndConnectorLength, parts[i + 1].StartConnectorLength));
            }

            maxOverlap = System.Math.Max(maxOverlap, minOverlap);
            overlap = System.Math.Clamp((full - target) / joints, minOverlap, maxOverlap);
        }

        var scale = context.Scale;
        var placed = new List<PlacedBox>(parts.Count);
        double position = 0;
        foreach (var part in parts)
        {
            var box = GlyphFactory.Glyph(context, part.Glyph);
            placed.Add(vertical
                ? new PlacedBox(box, 0, (position - box.Metrics.YMin) * scale)
                : new PlacedBox(box, position * scale, 0));
            position += part.FullAdvance - overlap;
        }

        var length = (position + overlap) * scale;
        return vertical
            ? new VBox(placed, height: length, depth: 0)
            : new VBox(placed, width: length);
    }

    /// <summary>Most extender repetitions in one assembly: a bound for absurd sizes, far beyond any real formula.</summary>
    private const int MaxRepeats = 1000;

    /// <summary>The part sequence with the fewest extender repetitions that can reach the target length.</summary>
    private static List<GlyphPart> ChooseRepetitions(IReadOnlyList<GlyphPart> parts, double target, int minOverlap)
    {
        var repeats = FewestRepeats(parts, target, minOverlap);
        var sequence = new List<GlyphPart>();
        foreach (var part in parts)
        {
            for (var i = 0; i < (part.IsExtender ? repeats : 1); i++)
            {
                sequence.Add(part);
            }
        }

        return sequence;
    }

    /// <summary>
    /// The fewest repetitions (from 0, or 1 without extenders) whose longest assembly reaches the target, at most
    /// <see cref="MaxRepeats"/>. The longest length is linear in the count, so it is solved for, not searched: trying
    /// counts one by one built up to a thousand sequences per glyph, and a formula can ask for that many glyphs.
    /// </summary>
    internal static int FewestRepeats(IReadOnlyList<GlyphPart> parts, double target, int minOverlap)
    {
        long fixedAdvance = 0, fixedCount = 0, extenderAdvance = 0, extenderCount = 0;
        foreach (var part in parts)
        {
            if (part.IsExtender)
            {
                extenderAdvance += part.FullAdvance;
                extenderCount++;
            }
            else
            {
                fixedAdvance += part.FullAdvance;
                fixedCount++;
            }
        }

        if (extenderCount == 0)
        {
            return 1;
        }

        // Whole font units, so exact in a double: the same lengths the part-by-part sum gave.
        double Longest(int r) => (double)(fixedAdvance + r * extenderAdvance) - (double)(fixedCount + r * extenderCount - 1) * minOverlap;
        var perRepeat = Longest(1) - Longest(0);
        var estimate = perRepeat > 0 ? (target - Longest(0)) / perRepeat : target <= Longest(0) ? 0 : double.PositiveInfinity;
        var repeats = !(estimate < MaxRepeats) ? MaxRepeats : estimate <= 0 ? 0 : (int)System.Math.Ceiling(estimate);
        while (repeats > 0 && Longest(repeats - 1) >= target)
        {
            repeats--;
        }

        while (repeats < MaxRepeats && !(Longest(repeats) >= target))
        {
            repeats++;
        }

        return repeats;
    }
}
