namespace StaticMath.Site.Tests.Math;

/// <summary>Text written right after a closing <c>$$</c> on the same line is running text, math included.</summary>
public sealed class DisplayTrailingTextTests : IDisposable
{
    private readonly MathTestSite _site = new();

    [Theory]
    [InlineData("$$x = 1$$where $\\alpha$ is small.")]
    [InlineData("$$\nx = 1\n$$where $\\alpha$ is small.")]
    [InlineData("$$\nx = 1\n$$ where $\\alpha$ is small.")]
    [InlineData("Take\n$$\nx = 1\n$$where $\\alpha$ is small.")]
    public void Inline_math_after_a_closing_double_dollar_is_rendered(string markdown)
    {
        var body = _site.Render(markdown);
        Assert.Equal(2, body.QuerySelectorAll(".math-inline, .math-display").Length);
        Assert.DoesNotContain("$", VisibleText(body));
        Assert.Contains("is small.", VisibleText(body));
        Assert.Empty(_site.Diagnostics.ToList());
    }

    [Fact]
    public void Multi_line_display_followed_by_text_stays_a_display()
    {
        var body = _site.Render("$$\nx = 1\n$$where $\\alpha$ is small.");
        Assert.Single(body.QuerySelectorAll(".math-display"));
        Assert.Single(body.QuerySelectorAll(".math-inline"));
    }

    [Fact]
    public void Punctuation_after_a_display_still_belongs_to_it()
    {
        var body = _site.Render("$$\nx = 1\n$$.\n\nNext.");
        Assert.Single(body.QuerySelectorAll(".math-display"));
        Assert.DoesNotContain("$", VisibleText(body));
    }

    [Fact]
    public void A_math_error_after_the_closing_double_dollar_points_at_its_line_and_column()
    {
        // The same expression in a plain paragraph, shifted by the two characters of "$$".
        using var plain = new MathTestSite();
        plain.Render("where $\\undefinedthing$ is small.");
        var expected = Assert.Single(plain.Diagnostics.ToList());

        _site.Render("$$\nx = 1\n$$where $\\undefinedthing$ is small.");
        var error = Assert.Single(_site.Diagnostics.ToList());
        Assert.StartsWith("SM2", error.Code);
        Assert.Equal(expected.Code, error.Code);
        Assert.Equal(3, error.Line);
        Assert.Equal(expected.Column + 2, error.Column);
    }

    /// <summary>Text outside the SVGs and their hidden TeX copies.</summary>
    private static string VisibleText(AngleSharp.Dom.IElement body)
    {
        var clone = (AngleSharp.Dom.IElement)body.Clone();
        foreach (var hidden in clone.QuerySelectorAll("svg, [aria-hidden='true'], .math-source").ToList())
        {
            hidden.Remove();
        }

        return clone.TextContent;
    }

    public void Dispose() => _site.Dispose();
}
