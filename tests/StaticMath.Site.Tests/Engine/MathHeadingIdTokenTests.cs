namespace StaticMath.Site.Tests.Engine;

/// <summary>Heading ids from text with math, on a page written from its tokens: exact ids and links, the same as the DOM path.</summary>
public class MathHeadingIdTokenTests
{
    private static PageWithoutDomTests.Rendered OnTokens(string body)
    {
        var rendered = PageWithoutDomTests.Render(body);
        Assert.False(rendered.BuiltDom);
        Assert.Equal(PageWithoutDomTests.Render(body, alwaysDom: true).Fragment, rendered.Fragment);
        return rendered;
    }

    private static List<string> Ids(string fragment) =>
        System.Text.RegularExpressions.Regex.Matches(fragment, "<h[1-6] id=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public void Headings_get_the_id_of_their_text_with_the_TeX_kept_unique()
    {
        var rendered = OnTokens("## Choosing $\\eta$\n\n## Choosing $\\mu$\n\n## Choosing $\\eta$\n\n## Choosing eta\n");
        Assert.Equal(["choosing-eta-1", "choosing-mu", "choosing-eta-2", "choosing-eta"], Ids(rendered.Fragment));
    }

    [Fact]
    public void Links_to_the_old_id_follow_and_ids_the_author_chose_stay()
    {
        var rendered = OnTokens("## The case $n = 1$\n\n## Set $x$ {#mine}\n\nSee [the case](#the-case-) and [mine](#mine).\n");
        Assert.Equal(["the-case-n--1", "mine"], Ids(rendered.Fragment));
        Assert.Contains("<a href=\"#the-case-n--1\">the case</a> and <a href=\"#mine\">mine</a>", rendered.Fragment, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_inside_an_equation_is_taken_as_any_other()
    {
        // The rows' anchors (eq-y, eq-x) sit inside the display, whose content the page's tokens keep as text.
        var rendered = OnTokens("## eq $x$\n\n$$\n\\begin{align}\na &= b \\label{y} \\\\\nc &= d \\label{x}\n\\end{align}\n$$\n");
        Assert.Contains("<span class=\"math-anchor\" id=\"eq-x\"", rendered.Fragment, StringComparison.Ordinal);
        Assert.Equal(["eq-x-1"], Ids(rendered.Fragment));
    }
}
