using StaticMath.Math.OpenType;

namespace StaticMath.Math.Tests.OpenType;

public class MathConstantsReaderTests
{
    private static readonly MathConstants Constants = OpenTypeMathFont.LatinModern.Constants;

    // Latin Modern Math's MathConstants as listed by fontTools (ttx) for latinmodern-math.otf, Debian fonts-lmodern.
    public static TheoryData<string, int> KnownLatinModernValues => new()
    {
        { "ScriptPercentScaleDown", 70 }, { "ScriptScriptPercentScaleDown", 50 },
        { "DelimitedSubFormulaMinHeight", 1300 }, { "DisplayOperatorMinHeight", 1300 },
        { "MathLeading", 154 }, { "AxisHeight", 250 }, { "AccentBaseHeight", 450 }, { "FlattenedAccentBaseHeight", 664 },
        { "SubscriptShiftDown", 247 }, { "SubscriptTopMax", 344 }, { "SubscriptBaselineDropMin", 200 },
        { "SuperscriptShiftUp", 363 }, { "SuperscriptShiftUpCramped", 289 }, { "SuperscriptBottomMin", 108 },
        { "SuperscriptBaselineDropMax", 250 }, { "SubSuperscriptGapMin", 160 }, { "SuperscriptBottomMaxWithSubscript", 344 },
        { "SpaceAfterScript", 56 }, { "UpperLimitGapMin", 200 }, { "UpperLimitBaselineRiseMin", 111 },
        { "LowerLimitGapMin", 167 }, { "LowerLimitBaselineDropMin", 600 }, { "StackTopShiftUp", 444 },
        { "StackTopDisplayStyleShiftUp", 677 }, { "StackBottomShiftDown", 345 }, { "StackBottomDisplayStyleShiftDown", 686 },
        { "StackGapMin", 120 }, { "StackDisplayStyleGapMin", 280 }, { "StretchStackTopShiftUp", 111 },
        { "StretchStackBottomShiftDown", 600 }, { "StretchStackGapAboveMin", 200 }, { "StretchStackGapBelowMin", 167 },
        { "FractionNumeratorShiftUp", 394 }, { "FractionNumeratorDisplayStyleShiftUp", 677 },
        { "FractionDenominatorShiftDown", 345 }, { "FractionDenominatorDisplayStyleShiftDown", 686 },
        { "FractionNumeratorGapMin", 40 }, { "FractionNumDisplayStyleGapMin", 120 }, { "FractionRuleThickness", 40 },
        { "FractionDenominatorGapMin", 40 }, { "FractionDenomDisplayStyleGapMin", 120 },
        { "SkewedFractionHorizontalGap", 350 }, { "SkewedFractionVerticalGap", 96 },
        { "OverbarVerticalGap", 120 }, { "OverbarRuleThickness", 40 }, { "OverbarExtraAscender", 40 },
        { "UnderbarVerticalGap", 120 }, { "UnderbarRuleThickness", 40 }, { "UnderbarExtraDescender", 40 },
        { "RadicalVerticalGap", 50 }, { "RadicalDisplayStyleVerticalGap", 148 }, { "RadicalRuleThickness", 40 },
        { "RadicalExtraAscender", 40 }, { "RadicalKernBeforeDegree", 278 }, { "RadicalKernAfterDegree", -556 },
        { "RadicalDegreeBottomRaisePercent", 60 }, { "MinConnectorOverlap", 20 },
    };

    [Theory]
    [MemberData(nameof(KnownLatinModernValues))]
    public void ConstantMatchesTheValuePublishedForLatinModernMath(string name, int expected)
    {
        var property = typeof(MathConstants).GetProperty(name)!;
        Assert.Equal(expected, (int)property.GetValue(Constants)!);
    }

    [Fact]
    public void EveryConstantIsCoveredByTheKnownValues()
    {
        var known = KnownLatinModernValues.Select(row => (string)row[0]).ToHashSet();
        var properties = typeof(MathConstants).GetProperties().Select(p => p.Name).Where(n => n != "EqualityContract");
        Assert.All(properties, p => Assert.Contains(p, known));
    }

    [Fact]
    public void ConstantsAgreeWithRawBytesAtTheirSpecifiedOffsets()
    {
        var raw = RawFontFile.LatinModern;
        var math = raw.TableOffset("MATH");
        var constants = math + raw.U16(math + 4);
        // MathConstants: int16 x2, UFWORD x2, then MathValueRecords (4 bytes: value + device offset).
        Assert.Equal(raw.I16(constants), Constants.ScriptPercentScaleDown);
        Assert.Equal(raw.U16(constants + 6), Constants.DisplayOperatorMinHeight);
        Assert.Equal(raw.I16(constants + 8 + 4 * 1), Constants.AxisHeight);
        Assert.Equal(raw.I16(constants + 8 + 4 * 34), Constants.FractionRuleThickness);
        Assert.Equal(raw.I16(constants + 8 + 4 * 50), Constants.RadicalKernAfterDegree);
        Assert.Equal(raw.I16(constants + 8 + 4 * 51), Constants.RadicalDegreeBottomRaisePercent);
        var variants = math + raw.U16(math + 8);
        Assert.Equal(raw.U16(variants), Constants.MinConnectorOverlap);
    }

    [Fact]
    public void FontReportsOneThousandUnitsPerEmAndItsId()
    {
        Assert.Equal(1000, OpenTypeMathFont.LatinModern.UnitsPerEm);
        Assert.Equal("LMM", OpenTypeMathFont.LatinModern.Id);
        Assert.Same(OpenTypeMathFont.LatinModern, OpenTypeMathFont.LatinModern);
    }
}
