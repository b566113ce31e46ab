using StaticMath.Site.Configuration;
using StaticMath.Site.Markdown.Extensions.Figures;
using StaticMath.Site.Tests.Math;

namespace StaticMath.Site.Tests.Quarto;

/// <summary>Quarto's <c>@thm-x</c>/<c>@fig-x</c> cross-references resolve through the block numbering.</summary>
public sealed class QuartoBlockReferenceTests : IDisposable
{
    private readonly List<MathTestSite> _sites = [];

    private MathTestSite Site(bool figureNumbering)
    {
        var site = new MathTestSite(new SiteConfig { Sections = { new FiguresConfig { Numbering = figureNumbering } } });
        _sites.Add(site);
        return site;
    }

    private const string Post = """
        ::: {#thm-tweedie}
        The posterior mean is the score step.
        :::

        By @thm-tweedie, and as [-@thm-tweedie] shows.

        ![A sample](https://example.org/a.png){#fig-sample}

        @fig-sample shows it.
        """;

    [Fact]
    public void Theorem_and_numbered_figure_references_show_their_numbers()
    {
        var site = Site(figureNumbering: true);
        var body = site.Render(Post);
        var refs = body.QuerySelectorAll("a.quarto-xref").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("#thm-tweedie", "Theorem 1"), ("#thm-tweedie", "Theorem 1"), ("#fig-sample", "Figure 1")], refs);
        Assert.Empty(site.Diagnostics.Sorted());
    }

    [Fact]
    public void A_reference_to_an_unnumbered_figure_is_a_warning_not_an_empty_link()
    {
        var site = Site(figureNumbering: false);
        var body = site.Render(Post);
        Assert.Equal("?@fig-sample", body.QuerySelector("a[href='#fig-sample']")!.TextContent);
        var warning = Assert.Single(site.Warnings("SM4020"));
        Assert.Equal(9, warning.Line);
        Assert.Contains("@fig-sample", warning.Message);
    }

    public void Dispose()
    {
        foreach (var site in _sites)
        {
            site.Dispose();
        }
    }
}
