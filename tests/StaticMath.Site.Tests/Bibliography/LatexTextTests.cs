using StaticMath.Site.Bibliography;

namespace StaticMath.Site.Tests.Bibliography;

public class LatexTextTests
{
    [Theory]
    [InlineData("{\\\"o}", "ö")]
    [InlineData("\\\"{u}ber", "über")]
    [InlineData("\\'e", "é")]
    [InlineData("Schr{\\\"o}dinger", "Schrödinger")]
    [InlineData("Erd\\H{o}s", "Erdős")]
    [InlineData("Stra{\\ss}e", "Straße")]
    [InlineData("\\ss{}e", "ße")]
    [InlineData("{\\o}ksendal", "øksendal")]
    [InlineData("\\v{S}ediv\\'y", "Šedivý")]
    [InlineData("Ca\\~{n}ada", "Cañada")]
    [InlineData("na\\\"{\\i}ve", "naïve")]
    [InlineData("\\'\\i", "í")]
    [InlineData("\\c{c}a", "ça")]
    [InlineData("\\l{}ukasz", "łukasz")]
    [InlineData("pages 1--10 --- dash", "pages 1–10 — dash")]
    [InlineData("\\emph{Deep} \\textbf{Learning}", "Deep Learning")]
    [InlineData("{B}ayesian   {I}nference", "Bayesian Inference")]
    [InlineData("The $\\alpha$-divergence", "The α-divergence")]
    [InlineData("Smith~and~Jones", "Smith\u00A0and\u00A0Jones")]
    public void Converts_tex_to_unicode(string tex, string expected) =>
        Assert.Equal(expected, LatexText.ToUnicode(tex));
}
