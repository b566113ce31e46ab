namespace StaticMath.Math.Tests;

public class FontResourceTests
{
    [Fact]
    public void LatinModernMathIsEmbeddedAsAnOpenTypeFont()
    {
        using var stream = typeof(MathRenderer).Assembly.GetManifestResourceStream("StaticMath.Math.Fonts.latinmodern-math.otf");
        Assert.NotNull(stream);
        var tag = new byte[4];
        stream!.ReadExactly(tag);
        Assert.Equal("OTTO", System.Text.Encoding.ASCII.GetString(tag));
    }
}
