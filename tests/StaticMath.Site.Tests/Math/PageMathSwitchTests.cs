namespace StaticMath.Site.Tests.Math;

/// <summary><c>math: false</c> and friends in front matter: the page has no math, <c>$</c> stays text.</summary>
public sealed class PageMathSwitchTests : IDisposable
{
    private readonly MathTestSite _site = new();

    [Theory]
    [InlineData("math", false)]
    [InlineData("mathjax", false)]
    [InlineData("katex", false)]
    [InlineData("math", "false")]
    public void Math_false_in_front_matter_leaves_dollars_and_delimiters_as_text(string key, object value)
    {
        var body = _site.Render("Costs $5 and $x$ or $$y$$ and \\(z\\).\n\n$$\na+b\n$$\n\n<div>$w$</div>\n",
            frontMatter: new Dictionary<string, object?> { [key] = value });
        Assert.Empty(body.QuerySelectorAll("svg"));
        Assert.Empty(body.QuerySelectorAll(".math-inline, .math-display"));
        Assert.Contains("Costs $5 and $x$ or $$y$$ and (z).", body.TextContent);
        Assert.Contains("a+b", body.TextContent);
        Assert.Contains("$w$", body.TextContent);
    }

    [Fact]
    public void Math_true_or_absent_renders_math()
    {
        var on = _site.Render("Let $x$ be.", frontMatter: new Dictionary<string, object?> { ["math"] = true });
        Assert.Single(on.QuerySelectorAll(".math-inline"));
        Assert.Single(_site.Render("Let $x$ be.").QuerySelectorAll(".math-inline"));
    }

    public void Dispose() => _site.Dispose();
}
