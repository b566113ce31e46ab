using Markdig;
using Markdig.Syntax;
using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Markdown;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Math;

/// <summary>Hugo/Zola/Eleventy posts escape Markdown punctuation inside math (<c>x\_i</c>); by default those escapes
/// are removed before the TeX engine sees the math, TeX's own escapes never are.</summary>
public sealed class MarkdownEscapesInMathTests
{
    private static IReadOnlyList<string> Tex(string markdown, string escapes = "markdown")
    {
        var pipeline = SiteFeatures.Pipeline(new SiteConfig { Sections = { new MathConfig { Escapes = escapes } } }, new DiagnosticBag()).Markdown;
        return Markdig.Markdown.Parse(markdown, pipeline).Descendants().OfType<IMathExpression>().Select(e => e.Tex).ToList();
    }

    [Theory]
    [InlineData(@"$$\sum\_i x\_i$$", @"\sum_i x_i")]
    [InlineData("$$\n\\sum\\_i x\\_i\n$$", @"\sum_i x_i")]
    [InlineData(@"Inline $\mathcal{L}\_{\mathrm{SM}}(\phi)$ here.", @"\mathcal{L}_{\mathrm{SM}}(\phi)")]
    [InlineData(@"Star $a \* b \- c \+ d$ ok.", @"a * b - c + d")]
    [InlineData(@"Escaped \\(x\_i\\) inline.", "x_i")]
    [InlineData(@"\[ p\_{\text{data}} \]", @"p_{\text{data}}")]
    public void Markdown_escapes_of_punctuation_without_tex_meaning_are_removed(string markdown, string expected)
    {
        Assert.Equal([expected], Tex(markdown));
    }

    [Theory]
    [InlineData(@"\{ x \}")]
    [InlineData(@"a\,b\;c\!d\:e")]
    [InlineData(@"\| v \|")]
    [InlineData(@"a \\ b")]
    [InlineData(@"\# \% \&")]
    [InlineData(@"\text{caf\'e na\""ive}")]
    public void Tex_escapes_are_left_alone(string tex)
    {
        Assert.Equal([tex], Tex("$$" + tex + "$$"));
    }

    [Fact]
    public void A_tex_line_break_before_an_underscore_stays_a_line_break()
    {
        // "\\_" is "\\" (new row) then a subscript, not an escaped underscore.
        Assert.Equal([@"a \\_b"], Tex(@"$$a \\_b$$"));
    }

    [Fact]
    public void Escapes_tex_keeps_the_math_exactly_as_written()
    {
        Assert.Equal([@"\sum\_i x\_i"], Tex(@"$$\sum\_i x\_i$$", escapes: "tex"));
    }

    [Fact]
    public void Escaped_underscores_render_as_subscripts_like_plain_ones()
    {
        using var site = new MathTestSite();
        var escaped = site.Render(@"$$\sum\_i x\_i$$").QuerySelector("svg")!.OuterHtml;
        using var plainSite = new MathTestSite();
        var plain = plainSite.Render(@"$$\sum_i x_i$$").QuerySelector("svg")!.OuterHtml;
        Assert.Equal(plain.Replace(@"\_", "_"), escaped.Replace(@"\_", "_"));
    }

    [Fact]
    public void Unknown_escapes_setting_is_a_warning()
    {
        using var site = new MathTestSite(new SiteConfig { Sections = { new MathConfig { Escapes = "goldmark" } } });
        site.Render("$x$");
        Assert.Contains(site.Warnings("SM2005"), d => d.Message.Contains("math.escapes", StringComparison.Ordinal));
    }
}
