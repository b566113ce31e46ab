using AngleSharp.Dom;
using StaticMath.Site.Configuration;
using StaticMath.Site.Markdown.Extensions.Math;
using StaticMath.Site.Tests.Math;

namespace StaticMath.Site.Tests.Quarto;

/// <summary>Quarto's <c>$$ … $$ {#eq-x}</c> labels and <c>@eq-x</c> references, sharing the \label/\eqref machinery.</summary>
public sealed class QuartoEquationReferenceTests : IDisposable
{
    private readonly List<MathTestSite> _sites = [];

    private MathTestSite Site(string numbering = "none")
    {
        var site = new MathTestSite(new SiteConfig { Sections = { new MathConfig { Numbering = numbering } } });
        _sites.Add(site);
        return site;
    }

    private static List<string> Tags(IElement body) => body.QuerySelectorAll(".math-tag").Select(t => t.TextContent).ToList();

    private const string Post = """
        The energy is given by @eq-energy, and the momentum by @eq-momentum.

        $$
        E = mc^2
        $$ {#eq-energy}

        An unlabelled display is not numbered:

        $$
        a = b
        $$

        $$ p = mv $$ {#eq-momentum}

        In LaTeX style, \eqref{eq-momentum}; without the word, [-@eq-energy].
        """;

    [Fact]
    public void Labelled_displays_are_numbered_and_referenced_as_equation_n()
    {
        var site = Site();
        var body = site.Render(Post);
        Assert.Equal(["(1)", "(2)"], Tags(body));
        var links = body.QuerySelectorAll("a.math-ref").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("#eq-energy", "Equation\u00A01"), ("#eq-momentum", "Equation\u00A02"), ("#eq-momentum", "(2)"), ("#eq-energy", "1")], links);
        Assert.NotNull(body.QuerySelector("#eq-energy.math-display"));
        Assert.NotNull(body.QuerySelector("#eq-momentum.math-display"));
        Assert.Empty(site.Warnings("SM2002"));
        Assert.DoesNotContain("{#eq-", body.TextContent);
    }

    [Fact]
    public void Labelled_displays_share_the_counter_with_ams_environments()
    {
        var body = Site("ams").Render("\\begin{equation}\nx\n\\end{equation}\n\n$$\ny\n$$ {#eq-y}\n\nSee @eq-y.\n");
        Assert.Equal(["(1)", "(2)"], Tags(body));
        Assert.Equal("Equation\u00A02", body.QuerySelector("a.math-ref")!.TextContent);
    }

    [Fact]
    public void Unknown_equation_reference_is_a_warning_naming_it_and_shows_like_quarto()
    {
        var site = Site();
        var body = site.Render("Intro.\n\nSee @eq-missing here.\n", bodyLineOffset: 4);
        var warning = Assert.Single(site.Warnings("SM2002"));
        Assert.Equal(6, warning.Line);
        Assert.Equal(5, warning.Column);
        Assert.Contains("'eq-missing'", warning.Message);
        Assert.Equal("?@eq-missing", body.QuerySelector("strong.math-ref--unknown")!.TextContent);
    }

    [Fact]
    public void Equation_references_need_no_bibliography_and_emails_stay_text()
    {
        var site = Site();
        var body = site.Render("$$x$$ {#eq-x}\n\nWrite to me@example.com or eq-x@example.com about @eq-x.\n");
        Assert.Contains("me@example.com or eq-x@example.com about Equation\u00A01.", body.TextContent);
        Assert.Single(body.QuerySelectorAll("a.math-ref"));
    }

    public void Dispose()
    {
        foreach (var site in _sites)
        {
            site.Dispose();
        }
    }
}
