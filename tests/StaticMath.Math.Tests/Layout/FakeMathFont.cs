using System.Globalization;
using StaticMath.Math.OpenType;

namespace StaticMath.Math.Tests.Layout;

/// <summary>
/// A math font with round, fixed metrics so layout expectations can be computed by hand (as CSharpMath's tests do).
/// Ordinary characters: advance 500, ink 0..500. Digits: ink 0..700. Delimiters and radicals: totals of 1000 centred on
/// the axis (250), larger variants of 1500/2000/2500, then an assembly. U+FFFF is "missing".
/// </summary>
internal sealed class FakeMathFont : IMathFont
{
    public const int Missing = 0xFFFF;

    // Special glyph ids (< 1000); ordinary characters get 1000 + (code point & 0x7FFF).
    private const ushort Paren = 1, ParenV1 = 2, ParenV2 = 3, ParenV3 = 4, ParenBottom = 5, ParenExtender = 6, ParenTop = 7;
    private const ushort Sum = 10, SumDisplay = 11, Integral = 12, IntegralDisplay = 13;
    private const ushort Radical = 20, RadicalV1 = 21, RadicalV2 = 22;
    private const ushort Plus = 30, EqualsSign = 31, Minus = 32, Hat = 33, WideHat = 34, ArrowLeftPart = 35, ArrowExtender = 36, ArrowHead = 37, Arrow = 38;
    private const ushort ItalicF = 40, ScriptTwo = 41, Slash = 42;

    private static readonly Dictionary<int, ushort> Specials = new()
    {
        ['('] = Paren, [')'] = Paren, ['|'] = Paren,
        [0x2211] = Sum, [0x222B] = Integral, [0x221A] = Radical,
        ['+'] = Plus, ['='] = EqualsSign, [0x2212] = Minus, [0x0302] = Hat, [0x2192] = Arrow,
        [0x1D453] = ItalicF, [0x0338] = Slash,
    };

    private static readonly Dictionary<ushort, GlyphMetrics> Metrics = new()
    {
        [Paren] = new(400, 0, -250, 400, 750),
        [ParenV1] = new(450, 0, -500, 450, 1000),
        [ParenV2] = new(500, 0, -750, 500, 1250),
        [ParenV3] = new(550, 0, -1000, 550, 1500),
        [ParenBottom] = new(600, 0, 0, 600, 500),
        [ParenExtender] = new(600, 0, 0, 600, 500),
        [ParenTop] = new(600, 0, 0, 600, 500),
        [Sum] = new(1000, 0, -250, 1000, 750),
        [SumDisplay] = new(1400, 0, -650, 1400, 1150),
        [Integral] = new(500, 0, -250, 500, 750),
        [IntegralDisplay] = new(600, 0, -850, 600, 1350),
        [Radical] = new(800, 0, -250, 800, 750),
        [RadicalV1] = new(850, 0, -500, 850, 1000),
        [RadicalV2] = new(900, 0, -750, 900, 1250),
        [Plus] = new(800, 0, -100, 800, 600),
        [EqualsSign] = new(800, 0, 100, 800, 400),
        [Minus] = new(800, 0, 230, 800, 270),
        [Hat] = new(400, 0, 550, 400, 700),
        [WideHat] = new(1000, 0, 550, 1000, 750),
        [ArrowLeftPart] = new(300, 0, 200, 300, 300),
        [ArrowExtender] = new(300, 0, 200, 300, 300),
        [ArrowHead] = new(300, 0, 150, 300, 350),
        [Arrow] = new(1000, 0, 150, 1000, 350),
        [ItalicF] = new(500, 0, -200, 600, 700),
        [ScriptTwo] = new(600, 0, 0, 600, 800),
        [Slash] = new(0, -250, -300, 250, 800),
    };

    public string Id => "FAKE";

    public int UnitsPerEm => 1000;

    public MathConstants Constants { get; } = new()
    {
        ScriptPercentScaleDown = 70,
        ScriptScriptPercentScaleDown = 50,
        DelimitedSubFormulaMinHeight = 1300,
        DisplayOperatorMinHeight = 1300,
        AxisHeight = 250,
        AccentBaseHeight = 450,
        FlattenedAccentBaseHeight = 650,
        SubscriptShiftDown = 150,
        SubscriptTopMax = 400,
        SubscriptBaselineDropMin = 200,
        SuperscriptShiftUp = 350,
        SuperscriptShiftUpCramped = 300,
        SuperscriptBottomMin = 100,
        SuperscriptBaselineDropMax = 250,
        SubSuperscriptGapMin = 200,
        SuperscriptBottomMaxWithSubscript = 400,
        SpaceAfterScript = 50,
        UpperLimitGapMin = 200,
        UpperLimitBaselineRiseMin = 300,
        LowerLimitGapMin = 150,
        LowerLimitBaselineDropMin = 600,
        StackTopShiftUp = 400,
        StackTopDisplayStyleShiftUp = 700,
        StackBottomShiftDown = 350,
        StackBottomDisplayStyleShiftDown = 700,
        StackGapMin = 300,
        StackDisplayStyleGapMin = 700,
        FractionNumeratorShiftUp = 400,
        FractionNumeratorDisplayStyleShiftUp = 700,
        FractionDenominatorShiftDown = 350,
        FractionDenominatorDisplayStyleShiftDown = 700,
        FractionNumeratorGapMin = 40,
        FractionNumDisplayStyleGapMin = 120,
        FractionRuleThickness = 40,
        FractionDenominatorGapMin = 40,
        FractionDenomDisplayStyleGapMin = 120,
        OverbarVerticalGap = 120,
        OverbarRuleThickness = 40,
        OverbarExtraAscender = 40,
        UnderbarVerticalGap = 120,
        UnderbarRuleThickness = 40,
        UnderbarExtraDescender = 40,
        RadicalVerticalGap = 50,
        RadicalDisplayStyleVerticalGap = 150,
        RadicalRuleThickness = 40,
        RadicalExtraAscender = 40,
        RadicalKernBeforeDegree = 280,
        RadicalKernAfterDegree = -550,
        RadicalDegreeBottomRaisePercent = 60,
        MinConnectorOverlap = 20,
    };

    public bool TryGetGlyph(int codePoint, out ushort glyph)
    {
        if (codePoint == Missing)
        {
            glyph = 0;
            return false;
        }

        glyph = Specials.TryGetValue(codePoint, out var special) ? special : (ushort)(1000 + (codePoint & 0x7FFF));
        return true;
    }

    public GlyphMetrics GetMetrics(ushort glyph)
    {
        if (Metrics.TryGetValue(glyph, out var metrics))
        {
            return metrics;
        }

        var codePoint = glyph - 1000;
        return codePoint is >= '0' and <= '9' ? new(500, 0, 0, 500, 700) : new(500, 0, 0, 500, 500);
    }

    public int GetItalicCorrection(ushort glyph) => glyph switch
    {
        ItalicF => 100,
        Integral => 200,
        IntegralDisplay => 400,
        _ => 0,
    };

    public int? GetTopAccentAttachment(ushort glyph) => glyph switch
    {
        Hat => 200,
        ItalicF => 350,
        _ => null,
    };

    public bool IsExtendedShape(ushort glyph) => glyph is SumDisplay or IntegralDisplay;

    public int GetKern(ushort glyph, MathKernCorner corner, int height) => 0;

    public IReadOnlyList<GlyphVariant> GetVariants(ushort glyph, bool vertical) => (glyph, vertical) switch
    {
        (Paren, true) => [new(Paren, 1000), new(ParenV1, 1500), new(ParenV2, 2000), new(ParenV3, 2500)],
        (Sum, true) => [new(Sum, 1000), new(SumDisplay, 1800)],
        (Integral, true) => [new(Integral, 1000), new(IntegralDisplay, 2200)],
        (Radical, true) => [new(Radical, 1000), new(RadicalV1, 1500), new(RadicalV2, 2000)],
        (Hat, false) => [new(Hat, 400), new(WideHat, 1000)],
        (Arrow, false) => [new(Arrow, 1000)],
        _ => [],
    };

    public GlyphAssembly? GetAssembly(ushort glyph, bool vertical) => (glyph, vertical) switch
    {
        (Paren, true) => new GlyphAssembly(0,
        [
            new(ParenBottom, 0, 100, 500, false),
            new(ParenExtender, 100, 100, 500, true),
            new(ParenTop, 100, 0, 500, false),
        ]),
        (Arrow, false) => new GlyphAssembly(0,
        [
            new(ArrowLeftPart, 0, 100, 300, false),
            new(ArrowExtender, 100, 100, 300, true),
            new(ArrowHead, 100, 0, 300, false),
        ]),
        _ => null,
    };

    public ushort GetScriptAlternate(ushort glyph, int scriptLevel) =>
        glyph == 1000 + '2' && scriptLevel > 0 ? ScriptTwo : glyph;

    /// <summary>The ink rectangle, so tests can check paths and positions.</summary>
    public string GetOutlinePath(ushort glyph)
    {
        var m = GetMetrics(glyph);
        if (m.XMax == m.XMin || m.YMax == m.YMin)
        {
            return "";
        }

        string F(int v) => v.ToString(CultureInfo.InvariantCulture);
        return $"M{F(m.XMin)} {F(-m.YMin)}H{F(m.XMax)}V{F(-m.YMax)}H{F(m.XMin)}Z";
    }
}
