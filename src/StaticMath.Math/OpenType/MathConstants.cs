namespace StaticMath.Math.OpenType;

/// <summary>
/// The OpenType MATH table's MathConstants, in font units except the two percentages and the count, named as in the
/// OpenType specification. Filled by the MATH table reader (or by a fake font in tests).
/// </summary>
public sealed record MathConstants
{
    public int ScriptPercentScaleDown { get; init; }
    public int ScriptScriptPercentScaleDown { get; init; }
    public int DelimitedSubFormulaMinHeight { get; init; }
    public int DisplayOperatorMinHeight { get; init; }
    public int MathLeading { get; init; }
    public int AxisHeight { get; init; }
    public int AccentBaseHeight { get; init; }
    public int FlattenedAccentBaseHeight { get; init; }
    public int SubscriptShiftDown { get; init; }
    public int SubscriptTopMax { get; init; }
    public int SubscriptBaselineDropMin { get; init; }
    public int SuperscriptShiftUp { get; init; }
    public int SuperscriptShiftUpCramped { get; init; }
    public int SuperscriptBottomMin { get; init; }
    public int SuperscriptBaselineDropMax { get; init; }
    public int SubSuperscriptGapMin { get; init; }
    public int SuperscriptBottomMaxWithSubscript { get; init; }
    public int SpaceAfterScript { get; init; }
    public int UpperLimitGapMin { get; init; }
    public int UpperLimitBaselineRiseMin { get; init; }
    public int LowerLimitGapMin { get; init; }
    public int LowerLimitBaselineDropMin { get; init; }
    public int StackTopShiftUp { get; init; }
    public int StackTopDisplayStyleShiftUp { get; init; }
    public int StackBottomShiftDown { get; init; }
    public int StackBottomDisplayStyleShiftDown { get; init; }
    public int StackGapMin { get; init; }
    public int StackDisplayStyleGapMin { get; init; }
    public int StretchStackTopShiftUp { get; init; }
    public int StretchStackBottomShiftDown { get; init; }
    public int StretchStackGapAboveMin { get; init; }
    public int StretchStackGapBelowMin { get; init; }
    public int FractionNumeratorShiftUp { get; init; }
    public int FractionNumeratorDisplayStyleShiftUp { get; init; }
    public int FractionDenominatorShiftDown { get; init; }
    public int FractionDenominatorDisplayStyleShiftDown { get; init; }
    public int FractionNumeratorGapMin { get; init; }
    public int FractionNumDisplayStyleGapMin { get; init; }
    public int FractionRuleThickness { get; init; }
    public int FractionDenominatorGapMin { get; init; }
    public int FractionDenomDisplayStyleGapMin { get; init; }
    public int SkewedFractionHorizontalGap { get; init; }
    public int SkewedFractionVerticalGap { get; init; }
    public int OverbarVerticalGap { get; init; }
    public int OverbarRuleThickness { get; init; }
    public int OverbarExtraAscender { get; init; }
    public int UnderbarVerticalGap { get; init; }
    public int UnderbarRuleThickness { get; init; }
    public int UnderbarExtraDescender { get; init; }
    public int RadicalVerticalGap { get; init; }
    public int RadicalDisplayStyleVerticalGap { get; init; }
    public int RadicalRuleThickness { get; init; }
    public int RadicalExtraAscender { get; init; }
    public int RadicalKernBeforeDegree { get; init; }
    public int RadicalKernAfterDegree { get; init; }
    public int RadicalDegreeBottomRaisePercent { get; init; }
    /// <summary>MathVariants.minConnectorOverlap (kept here so layout reads one object).</summary>
    public int MinConnectorOverlap { get; init; }
}
