using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// Generalised fractions (rule 15): \frac/\dfrac/\tfrac/\over with the Fraction* constants, ruleless \binom/\atop with
/// the Stack* constants, \cfrac (display-style parts, strut in the numerator), optional delimiters sized like TeX's
/// \delim1/\delim2, and null delimiter space on both sides otherwise.
/// </summary>
internal static class FractionLayout
{
    /// <summary>TeX's \nulldelimiterspace (1.2pt at 10pt) on each side of a fraction without delimiters.</summary>
    private const double NullDelimiterSpaceEm = 0.12;

    /// <summary>TeX's \delim1 and \delim2 (cmsy10): minimum delimiter size around a fraction in display / other styles.</summary>
    private const double DisplayDelimiterEm = 2.39;
    private const double TextDelimiterEm = 1.01;

    public static Atom Layout(FractionNode fraction, LayoutContext context)
    {
        if (fraction.Style is { } forced)
        {
            context = context.WithStyle(forced, cramped: false);
        }

        var c = context.Constants;
        var numeratorContext = fraction.Continued ? context.WithStyle(MathStyle.Display, cramped: false) : context.Numerator();
        var denominatorContext = fraction.Continued ? context.WithStyle(MathStyle.Display, cramped: true) : context.Denominator();
        Box numerator = MathListLayout.Layout(fraction.Numerator, numeratorContext);
        Box denominator = MathListLayout.Layout(fraction.Denominator, denominatorContext);
        if (fraction.Continued)
        {
            // \cfrac puts a \strut in the numerator so all levels line up.
            numerator = new HBox(new RuleBox(0, 0.84 * context.Em, 0.36 * context.Em, visible: false), numerator);
        }

        var display = context.IsDisplay;
        var axis = context.AxisHeight;
        var thickness = fraction.RuleThicknessEm is { } em ? em * context.Em : context.Scaled(c.FractionRuleThickness);
        double up, down;
        if (thickness > 0)
        {
            up = System.Math.Max(
                context.Scaled(display ? c.FractionNumeratorDisplayStyleShiftUp : c.FractionNumeratorShiftUp),
                context.Scaled(display ? c.FractionNumDisplayStyleGapMin : c.FractionNumeratorGapMin) + thickness / 2 + axis + numerator.Depth);
            down = System.Math.Max(
                context.Scaled(display ? c.FractionDenominatorDisplayStyleShiftDown : c.FractionDenominatorShiftDown),
                context.Scaled(display ? c.FractionDenomDisplayStyleGapMin : c.FractionDenominatorGapMin) + thickness / 2 - axis + denominator.Height);
        }
        else
        {
            up = context.Scaled(display ? c.StackTopDisplayStyleShiftUp : c.StackTopShiftUp);
            down = context.Scaled(display ? c.StackBottomDisplayStyleShiftDown : c.StackBottomShiftDown);
            var gap = (up - numerator.Depth) - (denominator.Height - down);
            var minGap = context.Scaled(display ? c.StackDisplayStyleGapMin : c.StackGapMin);
            if (gap < minGap)
            {
                up += (minGap - gap) / 2;
                down += (minGap - gap) / 2;
            }
        }

        var width = System.Math.Max(numerator.Width, denominator.Width);
        var numeratorX = fraction.NumeratorAlign switch
        {
            < 0 => 0,
            > 0 => width - numerator.Width,
            _ => (width - numerator.Width) / 2,
        };
        var items = new List<PlacedBox>
        {
            new(numerator, numeratorX, up),
            new(denominator, (width - denominator.Width) / 2, -down),
        };
        if (thickness > 0)
        {
            items.Add(new PlacedBox(new RuleBox(width, thickness / 2, thickness / 2), 0, axis));
        }

        var stack = new VBox(items, width: width);
        if (fraction.LeftDelimiter is null && fraction.RightDelimiter is null)
        {
            var pad = new KernBox(NullDelimiterSpaceEm * context.Em);
            return new Atom(new HBox(pad, stack, pad), AtomClass.Inner);
        }

        var size = (display ? DisplayDelimiterEm : TextDelimiterEm) * context.Em;
        var left = DelimiterLayout.DelimiterBox(fraction.LeftDelimiter, size, fraction.Offset, context);
        var right = DelimiterLayout.DelimiterBox(fraction.RightDelimiter, size, fraction.Offset, context);
        return new Atom(new HBox(left, stack, right), AtomClass.Inner);
    }
}
