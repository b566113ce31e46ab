using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// The ellipses as plain TeX builds them from single dots, instead of the font's one-piece glyphs (whose dots sit
/// tighter and, for ⋮ and ⋱, much lower than TeX's):
/// <c>\ldots</c> = <c>\mathinner{\ldotp\ldotp\ldotp}</c> and <c>\cdots</c> = <c>\mathinner{\cdotp\cdotp\cdotp}</c>, three
/// punctuation atoms with the thin space punctuation gets in display and text style;
/// <c>\vdots</c> = <c>\vbox{\baselineskip4pt \kern6pt \hbox{.}\hbox{.}\hbox{.}}</c>;
/// <c>\ddots</c> = <c>\mathinner{\mkern1mu\raise7pt\vbox{\kern7pt\hbox{.}}\mkern2mu\raise4pt\hbox{.}\mkern2mu\raise1pt\hbox{.}\mkern1mu}</c>,
/// and mathdots' <c>\iddots</c> is its mirror image.
/// TeX's points are taken as tenths of the current em, so the constructions shrink in scripts like the glyphs do.
/// </summary>
internal static class DotsLayout
{
    private const int Period = '.';
    private const int CenteredDot = 0x22C5;

    public static bool TryLayout(int codePoint, SymbolAtom symbol, LayoutContext context, out Atom atom)
    {
        atom = null!;
        if (symbol.Variant is not (MathVariant.Default or MathVariant.Normal))
        {
            return false;
        }

        Box? box = codePoint switch
        {
            0x2026 => Row(Period, symbol, context),
            0x22EF => Row(CenteredDot, symbol, context),
            0x22EE => Vertical(symbol, context),
            0x22F1 => Diagonal(symbol, context, rising: false),
            0x22F0 => Diagonal(symbol, context, rising: true),
            _ => null,
        };
        if (box is null)
        {
            return false;
        }

        atom = new Atom(box, symbol.Class);
        return true;
    }

    private static Box? Dot(int codePoint, SymbolAtom symbol, LayoutContext context)
    {
        var dot = SymbolLayout.LayoutCharacter(codePoint, MathVariant.Normal, AtomClass.Punct, symbol.Offset, context);
        return dot.IsCharacter ? dot.Box : null;
    }

    private static Box? Row(int codePoint, SymbolAtom symbol, LayoutContext context)
    {
        if (Dot(codePoint, symbol, context) is not { } dot)
        {
            return null;
        }

        var space = InterAtomSpacing.SpaceInMu(AtomClass.Punct, AtomClass.Punct, context.IsTextOrDisplay) * context.Mu;
        return new HBox(dot, new KernBox(space), dot, new KernBox(space), dot);
    }

    private static Box? Vertical(SymbolAtom symbol, LayoutContext context)
    {
        if (Dot(Period, symbol, context) is not { } dot)
        {
            return null;
        }

        var pt = context.Em / 10;
        var dots = new VBox([new PlacedBox(dot, 0, 0), new PlacedBox(dot, 0, 4 * pt), new PlacedBox(dot, 0, 8 * pt)]);
        return new VBox([new PlacedBox(dots, 0, 0)], height: dots.Height + 6 * pt);
    }

    private static Box? Diagonal(SymbolAtom symbol, LayoutContext context, bool rising)
    {
        if (Dot(Period, symbol, context) is not { } dot)
        {
            return null;
        }

        var pt = context.Em / 10;
        var mu = context.Mu;
        var top = new VBox([new PlacedBox(dot, 0, 7 * pt)], height: dot.Height + 14 * pt);
        Box[] dots = [top, new ShiftBox(dot, 4 * pt), new ShiftBox(dot, pt)];
        if (rising)
        {
            Array.Reverse(dots);
        }

        return new HBox(
            new KernBox(mu), dots[0],
            new KernBox(2 * mu), dots[1],
            new KernBox(2 * mu), dots[2],
            new KernBox(mu));
    }
}
