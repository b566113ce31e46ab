using System.Text;
using CsCheck;
using StaticMath.Math.Svg;

namespace StaticMath.Math.Tests.Svg;

/// <summary>The allocation-free number writer must give exactly the text of .NET's custom formats it replaced.</summary>
public class SvgNumberTests
{
    // Midpoints in every kept decimal (x.x5, x.xxx5, x.xxxx5) and their neighbours one ulp away, where binary and
    // decimal rounding part; integers; and arbitrary doubles of every magnitude, sign and special value.
    private static readonly Gen<double> Values = Gen.OneOf(
        Gen.Int[-2_000_000, 2_000_000].Select(k => k / 20.0),
        Gen.Int[-2_000_000, 2_000_000].Select(k => k / 2000.0),
        Gen.Int[-2_000_000, 2_000_000].Select(k => k / 20000.0),
        Gen.Int[-2_000_000, 2_000_000].Select(k => double.BitIncrement(k / 20.0)),
        Gen.Int[-2_000_000, 2_000_000].Select(k => double.BitDecrement(k / 2000.0)),
        Gen.Int.Select(k => (double)k),
        Gen.Double[-100_000, 100_000],
        Gen.Double);

    [Theory]
    [InlineData(0.05, "0.1")]
    [InlineData(-0.04, "0")]
    [InlineData(-0.0, "0")]
    [InlineData(1234.25, "1234.3")]
    [InlineData(-12.0, "-12")]
    [InlineData(0.15, "0.2")]
    public void Units_are_written_with_at_most_one_decimal(double value, string expected) =>
        Assert.Equal(expected, new StringBuilder().AppendUnits(value).ToString());

    [Fact]
    public void Every_precision_matches_the_custom_format()
    {
        Values.Sample(value =>
        {
            Assert.Equal(Formatted(value, 1), new StringBuilder().AppendUnits(value).ToString());
            Assert.Equal(Formatted(value, 3), new StringBuilder().AppendEm(value).ToString());
            Assert.Equal(Formatted(value, 4), new StringBuilder().AppendScale(value).ToString());
        }, iter: 200_000);
    }

    private static string Formatted(double value, int decimals) => SvgNumber.AppendFormatted(new StringBuilder(), value, decimals).ToString();
}
