using StaticMath.Site.Configuration;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Math;

/// <summary>
/// al-folio posts are written for MathJax's <c>tags: 'ams'</c>: a reference to a label whose equation has no number
/// (numbering off, or <c>equation*</c>) must be a warning naming the label and where it is defined, never a silent
/// "(??)" — in running text and inside math alike.
/// </summary>
public sealed class UnnumberedLabelReferenceTests : IDisposable
{
    private readonly List<MathTestSite> _sites = [];

    private MathTestSite Site(string numbering)
    {
        var site = new MathTestSite(new SiteConfig { Sections = { new MathConfig { Numbering = numbering } } });
        _sites.Add(site);
        return site;
    }

    [Fact]
    public void Eqref_in_text_to_a_label_inside_equation_star_warns_with_the_labels_line()
    {
        var site = Site("ams");
        site.Render("Intro.\n\n\\begin{equation*}\na = b \\label{star}\n\\end{equation*}\n\nSee \\eqref{star}.\n", bodyLineOffset: 3);
        var warning = Assert.Single(site.Warnings("SM2002"));
        Assert.Equal(9, warning.Line);
        Assert.Contains("'star'", warning.Message);
        Assert.Contains("(line 6)", warning.Message);
        Assert.Contains("unnumbered", warning.Message);
    }

    [Fact]
    public void Eqref_inside_math_to_an_equation_left_unnumbered_by_numbering_none_warns()
    {
        var site = Site("none");
        site.Render("\\begin{equation}\nE = mc^2 \\label{energy}\n\\end{equation}\n\n$$\n\\text{by } \\eqref{energy}\n$$\n");
        var warning = Assert.Single(site.Warnings("SM2002"));
        Assert.Contains("'energy'", warning.Message);
        Assert.Contains("(line 2)", warning.Message);
        Assert.Contains("math.numbering: ams", warning.Message);
    }

    [Fact]
    public void Eqref_inside_math_to_a_missing_label_warns_once_per_expression()
    {
        var site = Site("ams");
        site.Render("$$\n\\eqref{nowhere} = \\eqref{nowhere}\n$$\n");
        var warning = Assert.Single(site.Warnings("SM2002"));
        Assert.Contains("unknown equation label 'nowhere'", warning.Message);
    }

    [Fact]
    public void The_same_post_with_ams_numbering_resolves_without_warnings()
    {
        var site = Site("ams");
        var body = site.Render("\\begin{equation}\nE = mc^2 \\label{energy}\n\\end{equation}\n\nSee \\eqref{energy}.\n");
        Assert.Empty(site.Warnings("SM2002"));
        Assert.Equal("(1)", body.QuerySelector("a.math-ref")!.TextContent);
    }

    public void Dispose()
    {
        foreach (var site in _sites)
        {
            site.Dispose();
        }
    }
}
