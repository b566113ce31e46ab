using AngleSharp.Dom;
using StaticMath.Site.Tests.Math;

namespace StaticMath.Site.Tests.Quarto;

/// <summary>Pandoc inline notes <c>^[…]</c>: rendered like Markdig footnotes, one list numbered by first reference.</summary>
public sealed class InlineFootnoteTests : IDisposable
{
    private readonly List<MathTestSite> _sites = [];

    private (MathTestSite Site, IElement Body) Render(string markdown, int bodyLineOffset = 1)
    {
        var site = new MathTestSite();
        _sites.Add(site);
        return (site, site.Render(markdown, bodyLineOffset));
    }

    private static List<string> Notes(IElement body) =>
        body.QuerySelectorAll(".footnotes li").Select(li => li.Id + "=" + NoteText(li)).ToList();

    private static string NoteText(IElement li)
    {
        var clone = (IElement)li.Clone();
        foreach (var hidden in clone.QuerySelectorAll(".footnote-back-ref, svg, .math-tex").ToList())
        {
            hidden.Remove();
        }

        return clone.TextContent.Trim();
    }

    private static void AssertLinksResolve(IElement body)
    {
        var marks = body.QuerySelectorAll("a.footnote-ref");
        var backs = body.QuerySelectorAll("a.footnote-back-ref");
        Assert.Equal(marks.Length, backs.Length);
        foreach (var link in marks.Concat(backs))
        {
            var id = link.GetAttribute("href")![1..];
            Assert.NotNull(body.QuerySelector("[id='" + id + "']"));
        }
    }

    [Fact]
    public void Inline_notes_share_numbering_with_regular_footnotes_in_order_of_reference()
    {
        var (site, body) = Render("""
            First[^a], then an inline note^[with *emphasis* and $x^2$], then[^b] and^[last].

            [^b]: Bee.
            [^a]: Ay.
            """);
        Assert.Equal(["fn:1=Ay.", "fn:2=with emphasis and", "fn:3=Bee.", "fn:4=last"], Notes(body));
        Assert.Equal(["1", "2", "3", "4"], body.QuerySelectorAll("a.footnote-ref").Select(a => a.TextContent).ToList());
        Assert.NotNull(body.QuerySelector("#fn\\:2 em"));
        Assert.NotNull(body.QuerySelector("#fn\\:2 .math-inline svg"));
        AssertLinksResolve(body);
        Assert.Empty(site.Diagnostics.Sorted());
    }

    [Fact]
    public void A_page_with_only_inline_notes_gets_a_footnote_list()
    {
        var (_, body) = Render("Text.^[One.] More^[Two [a link](https://example.org) and $[0,1)$.] end.\n");
        Assert.Equal(["fn:1=One.", "fn:2=Two a link and ."], Notes(body));
        Assert.NotNull(body.QuerySelector("#fn\\:2 a[href='https://example.org']"));
        Assert.Equal("Text.1 More2 end.", body.QuerySelector("p")!.TextContent);
        AssertLinksResolve(body);
    }

    [Fact]
    public void Code_and_unclosed_brackets_are_not_notes()
    {
        var (_, body) = Render("Code `x^[1]` and an open ^[bracket\n\nnever closed].\n");
        Assert.Null(body.QuerySelector(".footnotes"));
        Assert.Equal("x^[1]", body.QuerySelector("code")!.TextContent);
    }

    [Fact]
    public void A_note_over_two_lines_keeps_its_line_break_and_math_errors_point_at_their_line()
    {
        var (site, body) = Render("Intro.\n\nA claim^[that spans\ntwo lines with $\\nosuch$].\n", bodyLineOffset: 3);
        var warning = Assert.Single(site.Warnings("SM2001"));
        Assert.Equal(6, warning.Line);
        Assert.Contains("that spans\ntwo lines with", body.QuerySelector(".footnotes li p")!.TextContent);
    }

    public void Dispose()
    {
        foreach (var site in _sites)
        {
            site.Dispose();
        }
    }
}
