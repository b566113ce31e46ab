using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Fidelity;

/// <summary>
/// Issue 22: braces in prose are text. Attributes are read only where kramdown and Pandoc read them: after headings,
/// fenced code info, links, images and code spans, and in <c>{: }</c> lists.
/// </summary>
public sealed class BracesInProseTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData(@"Write \mathbb{E} for the expectation (MathJax typesets it only inside delimiters).", @"Write \mathbb{E} for the expectation (MathJax typesets it only inside delimiters).")]
    [InlineData("Sets like a{b}c keep their braces.", "Sets like a{b}c keep their braces.")]
    [InlineData(@"Use \begin{itemize} in the LaTeX version.", @"Use \begin{itemize} in the LaTeX version.")]
    [InlineData("The set {x : x > 0} is open.", "The set {x : x > 0} is open.")]
    public void Braces_in_running_text_stay_text(string markdown, string text)
    {
        var paragraph = _site.Render(markdown + "\n").QuerySelector("p")!;
        Assert.Equal(text, paragraph.TextContent);
        Assert.Empty(paragraph.Attributes);
    }

    [Fact]
    public void A_heading_keeps_braces_that_are_not_its_attributes()
    {
        var heading = _site.Render("## The set {x} and its closure\n").QuerySelector("h2")!;
        Assert.Equal("The set {x} and its closure", heading.TextContent);
    }

    [Fact]
    public void Attributes_after_headings_links_images_and_code_still_apply()
    {
        var body = _site.Render("## Results {#results .wide}\n\nSee [the data](data.csv){target=_blank} and `x`{.python}.\n\n![A plot](plot.png){width=50%} and more.\n");

        var heading = body.QuerySelector("h2")!;
        Assert.Equal(("results", "Results"), (heading.Id, heading.TextContent));
        Assert.Contains("wide", heading.ClassList);
        Assert.Equal("_blank", body.QuerySelector("a[href='data.csv']")!.GetAttribute("target"));
        Assert.NotNull(body.QuerySelector("code.python"));
        Assert.Equal("50%", body.QuerySelector("img")!.GetAttribute("width"));
        Assert.DoesNotContain("{", body.TextContent, StringComparison.Ordinal);
    }
}
