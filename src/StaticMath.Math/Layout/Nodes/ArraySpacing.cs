using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout.Nodes;

/// <summary>
/// The spacing rules of each <see cref="ArrayKind"/>, from LaTeX and amsmath at 10pt (1pt = 0.1em):
/// <list type="bullet">
/// <item>Array (array, matrix family): \arraycolsep 5pt each side of a column, but none at an outer edge without a
/// rule (amsmath's matrices remove it with <c>\hskip-\arraycolsep</c>; MathJax's array has none); rows carry LaTeX's strut
/// (0.7/0.3 of the 12pt \baselineskip, times \arraystretch 1) and touch; <c>\\[x]</c> deepens the row's strut.</item>
/// <item>Cases: amsmath's <c>@{}l@{\quad}l@{}</c> with \arraystretch 1.2.</item>
/// <item>Align (align, aligned, split, alignedat): right/left pairs with nothing inside a pair and 2em between pairs;
/// amsmath's \strut@ in every row and <c>\openup\jot</c>: baselines 12pt + \jot 3pt apart, or rows 1pt + 3pt apart
/// when they are too tall for that; <c>\\[x]</c> adds x.</item>
/// <item>Gather (gather, gathered, multline): one column, the Align row rule.</item>
/// <item>Small (\substack, subarray, smallmatrix): script-style cells, \thickspace between columns, baselines
/// num3 + denom2 of the script size apart (amsmath's subarray), else 3 rule thicknesses between rows.</item>
/// </list>
/// </summary>
internal sealed record ArraySpacing
{
    private const double BaselineSkipPoints = 12;
    private const double JotPoints = 3;
    private const double LineSkipPoints = 1;

    private ArraySpacing()
    {
    }

    /// <summary>Minimum row height and depth (the strut), font units.</summary>
    public double StrutHeight { get; init; }

    public double StrutDepth { get; init; }

    /// <summary>True when rows touch (LaTeX array: the strut does the spacing) and \\[x] deepens the row.</summary>
    public bool RowsTouch { get; init; }

    /// <summary>TeX's \baselineskip, \lineskip and \lineskiplimit for kinds whose rows do not touch.</summary>
    public double BaselineSkip { get; init; }

    public double LineSkip { get; init; }

    public double LineSkipLimit { get; init; }

    /// <summary>Default space before and after column <c>j</c> (before the content, after it).</summary>
    public Func<int, (double Before, double After)> ColumnPadding { get; init; } = _ => (0, 0);

    /// <summary>True when the outer edges get their padding only next to a "|" or ":" rule.</summary>
    public bool OuterPaddingOnlyAtRules { get; init; }

    /// <summary>\arrayrulewidth (0.4pt) and \doublerulesep (2pt).</summary>
    public double RuleWidth { get; init; }

    public double DoubleRuleSeparation { get; init; }

    /// <summary>Alignment of columns past the column specs when the kind has its own pattern (align: r, l, r, l…).</summary>
    public Func<int, ColumnAlign>? ImplicitAlign { get; init; }

    public static ArraySpacing For(ArrayKind kind, LayoutContext context, LayoutContext cellContext)
    {
        var pt = TexDimensions.Point(context);
        var em = TexDimensions.TextEm(context);
        var common = new ArraySpacing
        {
            RuleWidth = TexDimensions.RuleWidth(context),
            DoubleRuleSeparation = 2 * pt,
        };

        return kind switch
        {
            ArrayKind.Array => Strutted(common, pt, arrayStretch: 1.0) with
            {
                ColumnPadding = _ => (5 * pt, 5 * pt),
                OuterPaddingOnlyAtRules = true,
            },
            ArrayKind.Cases => Strutted(common, pt, arrayStretch: 1.2) with { ColumnPadding = j => (j == 0 ? 0 : em, 0) },
            ArrayKind.Align => Spread(common, pt) with
            {
                ColumnPadding = j => (j > 0 && j % 2 == 0 ? 2 * em : 0, 0),
                ImplicitAlign = j => j % 2 == 0 ? ColumnAlign.Right : ColumnAlign.Left,
            },
            ArrayKind.Gather => Spread(common, pt),
            ArrayKind.Small => common with
            {
                BaselineSkip = cellContext.Scaled(context.Constants.StackTopShiftUp + context.Constants.StackBottomShiftDown),
                LineSkip = 3 * cellContext.Scaled(context.Constants.FractionRuleThickness),
                LineSkipLimit = 3 * cellContext.Scaled(context.Constants.FractionRuleThickness),
                ColumnPadding = j => (j == 0 ? 0 : 5 * cellContext.Mu, 0),
            },
            _ => common,
        };
    }

    private static ArraySpacing Strutted(ArraySpacing common, double pt, double arrayStretch) => common with
    {
        StrutHeight = 0.7 * BaselineSkipPoints * arrayStretch * pt,
        StrutDepth = 0.3 * BaselineSkipPoints * arrayStretch * pt,
        RowsTouch = true,
    };

    private static ArraySpacing Spread(ArraySpacing common, double pt) => common with
    {
        StrutHeight = 0.7 * BaselineSkipPoints * pt,
        StrutDepth = 0.3 * BaselineSkipPoints * pt,
        BaselineSkip = (BaselineSkipPoints + JotPoints) * pt,
        LineSkip = (LineSkipPoints + JotPoints) * pt,
        LineSkipLimit = JotPoints * pt,
    };

    /// <summary>TeX's interline glue between two boxes: \baselineskip unless that brings them closer than \lineskiplimit.</summary>
    public double BaselineDistance(double depthAbove, double heightBelow)
    {
        if (RowsTouch)
        {
            return depthAbove + heightBelow;
        }

        return BaselineSkip - depthAbove - heightBelow >= LineSkipLimit
            ? BaselineSkip
            : depthAbove + heightBelow + LineSkip;
    }
}
