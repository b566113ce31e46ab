using StaticMath.Site.Content;

namespace StaticMath.Site.Tests.Engine;

/// <summary>The renderer counts a page's words before the equations' SVGs go in; the count must be the final fragment's.</summary>
public class RenderedWordCountTests
{
    [Theory]
    [InlineData("Energy $E = mc^2$ and the sum\n\n$$\\sum_{i<n} a_i > b \\quad \\text{for all words}$$\n\nthree more words.")]
    [InlineData("Inline $a < b$, $x \\text{ if } y$, and a label $$\\begin{aligned} f &= g \\\\ h &= k \\end{aligned}$$ end")]
    [InlineData("An author's own <svg width=\"1\"><text>drawn words</text></svg> then $x$ and words after")]
    [InlineData("An unclosed <svg width=\"1\"> before $y^2$ and words $z$ after it")]
    [InlineData("> [!NOTE]\n> A callout with $\\alpha$ and text\n\n| a | $b$ |\n|---|---|\n| c d | $e_f$ |\n\nFootnote[^1]\n\n[^1]: with $g$ words")]
    public void The_count_made_before_the_svgs_go_in_is_the_final_fragments(string body)
    {
        var rendered = PageWithoutDomTests.Render(body);
        Assert.Contains("viewBox=", rendered.Fragment, StringComparison.Ordinal);
        Assert.Equal(WordCount.Of(rendered.Fragment), rendered.WordCount);
    }
}
