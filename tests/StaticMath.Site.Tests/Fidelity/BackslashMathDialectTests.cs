using StaticMath.Site.Configuration;
using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Fidelity;

/// <summary>
/// Issue 22: <c>\(</c>/<c>\[</c> as math follows the source dialect. kramdown (Jekyll posts) reads them as escaped
/// punctuation and only its <c>\\(</c>/<c>\\[</c> as math; MathJax-style sites (Hugo, Quarto, Eleventy) read <c>\(</c>.
/// </summary>
public sealed class BackslashMathDialectTests
{
    // In the style of a Jekyll post written for kramdown + MathJax.
    private const string JekyllPost = """
        We call f\(x\) for every point, and \[1] is a citation, not math.

        The kramdown way works: \\(f(x) = x^2\\) and

        \\[
        \int_0^1 f(x)\,dx
        \\]
        """;

    [Fact]
    public void Single_backslash_parentheses_are_text_in_a_kramdown_post()
    {
        using var site = new BlockTestSite();
        var body = site.Render(JekyllPost, "content/_posts/2021-05-05-calls.md");

        Assert.Equal("We call f(x) for every point, and [1] is a citation, not math.", body.QuerySelector("p")!.TextContent);
        Assert.Equal(2, body.QuerySelectorAll(".math-inline svg, .math-display svg").Length);
    }

    [Theory]
    [InlineData("content/posts/calls.md", "")]
    [InlineData("content/_posts/2021-05-05-calls.md", "commonmark")]
    public void Single_backslash_parentheses_are_math_on_mathjax_style_sites(string path, string flavor)
    {
        using var site = new BlockTestSite(new SiteConfig { Markdown = flavor });
        var body = site.Render("Hugo and Quarto posts write \\(f(x)\\) inline and\n\n\\[\n\\int_0^1 f\n\\]\n", path);

        Assert.NotNull(body.QuerySelector(".math-inline svg"));
        Assert.NotNull(body.QuerySelector(".math-display svg"));
    }
}
