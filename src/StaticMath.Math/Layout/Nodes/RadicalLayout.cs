using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// \sqrt (rule 11 with the Radical* constants): cramped radicand, a surd stretched to cover it plus the gap and rule,
/// any excess split to centre the radicand, extra ascender above the rule, and the degree in scriptscript style
/// raised by RadicalDegreeBottomRaisePercent of the surd with the before/after kerns.
/// </summary>
internal static class RadicalLayout
{
    private const int SquareRoot = 0x221A;

    public static Atom Layout(RadicalNode radical, LayoutContext context)
    {
        var c = context.Constants;
        var radicand = MathListLayout.Layout(radical.Radicand, context.Cramp());
        var thickness = context.Scaled(c.RadicalRuleThickness);
        var gap = context.Scaled(context.IsDisplay ? c.RadicalDisplayStyleVerticalGap : c.RadicalVerticalGap);

        Box surd;
        if (GlyphFactory.TryGlyph(context, SquareRoot, out var glyph))
        {
            surd = StretchyGlyphs.Vertical(context, glyph, radicand.Height + radicand.Depth + gap + thickness);
        }
        else
        {
            context.State.AddError(radical.Offset, "The math font has no radical sign");
            surd = ErrorLayout.MissingGlyphBox(context);
        }

        var excess = surd.TotalHeight - (radicand.Height + radicand.Depth + gap + thickness);
        if (excess > 0)
        {
            gap += excess / 2;
        }

        var ruleBottom = radicand.Height + gap;
        var surdShift = ruleBottom + thickness - surd.Height;
        var body = new VBox(
        [
            new PlacedBox(surd, 0, surdShift),
            new PlacedBox(new RuleBox(radicand.Width, thickness, 0), surd.Width, ruleBottom),
            new PlacedBox(radicand, surd.Width, 0),
        ], height: ruleBottom + thickness + context.Scaled(c.RadicalExtraAscender));

        if (radical.Degree is null)
        {
            return new Atom(body, AtomClass.Ord);
        }

        var degree = MathListLayout.Layout(radical.Degree, context.WithStyle(MathStyle.ScriptScript, cramped: false));
        var kernBefore = context.Scaled(c.RadicalKernBeforeDegree);
        var kernAfter = context.Scaled(c.RadicalKernAfterDegree);
        var surdBottom = surdShift - surd.Depth;
        var degreeShift = surdBottom + surd.TotalHeight * c.RadicalDegreeBottomRaisePercent / 100.0 + degree.Depth;
        var bodyX = System.Math.Max(0, kernBefore + degree.Width + kernAfter);
        var withDegree = new VBox(
        [
            new PlacedBox(degree, kernBefore, degreeShift),
            new PlacedBox(body, bodyX, 0),
        ], width: bodyX + body.Width);
        return new Atom(withDegree, AtomClass.Ord);
    }
}
