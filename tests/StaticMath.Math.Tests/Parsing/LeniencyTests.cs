using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Parsing.ParseTestSupport;

namespace StaticMath.Math.Tests.Parsing;

/// <summary>Input MathJax forgives is forgiven here too; what cannot be trusted stays an error of the whole expression.</summary>
public sealed class LeniencyTests
{
    [Theory]
    [InlineData(@"\foo + x^2", 0)]
    [InlineData(@"a + \foo{b} + c", 4)]
    [InlineData(@"\text{see \foo here}", 10)]
    [InlineData(@"a & b", 2)]
    public void ProblemsConfinedToOneTokenAreLocalErrorsAtTheirOffset(string tex, int offset)
    {
        var parsed = Parse(tex);
        var error = Assert.Single(parsed.Errors);
        Assert.True(error.IsLocal, error.Message);
        Assert.Equal(offset, error.Offset);
    }

    [Theory]
    [InlineData(@"{a + b")]
    [InlineData(@"a + b}")]
    [InlineData(@"\frac{a}")]
    [InlineData(@"x^")]
    public void UnbalancedOrIncompleteInputIsNotLocal(string tex)
    {
        var parsed = Parse(tex);
        Assert.NotEmpty(parsed.Errors);
        Assert.Contains(parsed.Errors, e => !e.IsLocal);
    }

    [Fact]
    public void UndefinedMacroRendersRedInPlaceAndTheRestAtFullSize()
    {
        var clean = MathRenderer.Default.Render(@"\alpha + x^2", MathMode.Inline);
        var result = MathRenderer.Default.Render(@"\foo + x^2", MathMode.Inline);
        Assert.True(result.HasOnlyLocalErrors);
        Assert.Contains("fill=\"#cc0000\"", result.Svg);
        // The superscript is set as usual: same height as with a defined symbol in its place.
        Assert.Equal(clean.HeightEm, result.HeightEm, 3);
        Assert.True(result.WidthEm > clean.WidthEm);
    }
}
