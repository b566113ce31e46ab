using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Fidelity;

/// <summary>
/// Issue 22: math as al-folio's MathJax accepts it in Jekyll posts: space-padded <c>$ x $</c> and <c>$…_i $</c>,
/// <c>\lt</c>/<c>\gt</c>, and accents written <c>\'</c>.
/// </summary>
public sealed class AlFolioMathTests : IDisposable
{
    private const string JekyllPostPath = "content/_posts/2015-10-20-math.md";

    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Space_padded_dollars_are_math_in_a_jekyll_post()
    {
        // As al-folio's own math demo and posts written for it put it.
        var body = _site.Render("You can write $ E = mc^2 $ inline, or sum $\\sum_{k=1}^\\infty x_k $ and go on.\n", JekyllPostPath);

        Assert.Equal(2, body.QuerySelectorAll(".math-inline svg").Length);
        foreach (var math in body.QuerySelectorAll(".math-inline"))
        {
            math.Remove();
        }

        Assert.Equal("You can write  inline, or sum  and go on.", body.QuerySelector("p")!.TextContent);
    }

    [Theory]
    [InlineData("Costs $5 and $10 today.")]
    [InlineData("A lone $ $ pair and a $ sign stay text.")]
    public void Money_and_empty_pairs_stay_text_in_a_jekyll_post(string markdown)
    {
        var body = _site.Render(markdown + "\n", JekyllPostPath);

        Assert.Empty(body.QuerySelectorAll("svg"));
        Assert.Equal(markdown, body.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Other_sites_keep_pandocs_dollar_rule() =>
        Assert.Empty(_site.Render("Between $ 5 and 6 $ it is.\n", "content/posts/prices.md").QuerySelectorAll("svg"));

    [Theory]
    [InlineData(@"$$0 \lt x \gt y$$")]
    [InlineData(@"$$\text{Poincar\'e's lemma}$$")]
    [InlineData(@"$$\'e + \acute{a}$$")]
    public void Mathjax_names_and_accents_typeset_without_errors(string markdown)
    {
        var body = _site.Render(markdown + "\n", JekyllPostPath);

        Assert.NotNull(body.QuerySelector(".math-display svg"));
        Assert.Empty(_site.Diagnostics.Sorted());
    }
}
