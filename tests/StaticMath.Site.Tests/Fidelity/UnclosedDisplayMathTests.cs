using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Fidelity;

/// <summary>
/// Issue 22: a display delimiter that nothing closes (a citation written <c>\[1]</c>, a lone <c>$$</c>) must not turn
/// the rest of the post into flat paragraphs; it stays text and is reported with its line.
/// </summary>
public sealed class UnclosedDisplayMathTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string AlFolioNotes = """
        The bound is tight for Gaussian designs.

        \[1] See the note on restricted eigenvalues.

        ## Proof sketch

        > The key step is a peeling argument.

        - first, fix the support;
        - then apply a union bound.

        ```python
        import numpy as np
        ```

        See [the paper][lasso].

        [lasso]: https://example.org/lasso
        """;

    [Fact]
    public void An_unclosed_bracket_citation_leaves_the_following_blocks_intact()
    {
        var body = _site.Render(AlFolioNotes, bodyLineOffset: 5);

        Assert.Equal("[1] See the note on restricted eigenvalues.", body.QuerySelectorAll("p")[1].TextContent);
        Assert.Equal("Proof sketch", body.QuerySelector("h2")!.TextContent);
        Assert.NotNull(body.QuerySelector("blockquote"));
        Assert.Equal(2, body.QuerySelectorAll("ul > li").Length);
        Assert.NotNull(body.QuerySelector("pre code"));
        Assert.Equal("https://example.org/lasso", body.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(body.QuerySelectorAll(".math-display, svg"));

        var warning = Assert.Single(_site.Warnings("SM1600"));
        Assert.Equal(7, warning.Line);
        Assert.Contains(@"'\['", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_double_dollar_leaves_the_following_blocks_intact()
    {
        var body = _site.Render("Costs, in $$:\n\n$$\n\n## Results\n\n1. one\n2. two\n");

        Assert.Equal("Results", body.QuerySelector("h2")!.TextContent);
        Assert.Equal(2, body.QuerySelectorAll("ol > li").Length);
        Assert.Contains(body.QuerySelectorAll("p"), p => p.TextContent == "$$");
        Assert.Equal(3, Assert.Single(_site.Warnings("SM1600")).Line);
    }

    [Fact]
    public void A_closed_multi_paragraph_display_is_still_math_without_a_warning()
    {
        var body = _site.Render("$$\n\\begin{aligned}\na &= b\n\\end{aligned}\n$$\n\n## After\n");

        Assert.NotNull(body.QuerySelector(".math-display svg"));
        Assert.Equal("After", body.QuerySelector("h2")!.TextContent);
        Assert.Empty(_site.Warnings("SM1600"));
    }
}
