using StaticMath.Site.Themes;

namespace StaticMath.Site.Tests.Theme;

/// <summary>
/// A page's outline (headings, leading contents list, first display equation) is read by a linear scan of its
/// fragment; it must be the outline a DOM of the whole fragment gives, and markup the scan cannot follow is parsed.
/// </summary>
public sealed class PageOutlineTests
{
    private const string Svg = "<svg aria-label=\"E = mc^2\"><title>t</title><use href=\"#g1\"/></svg>";

    public static TheoryData<string> Fragments() =>
    [
        "<nav class=\"toc\"><ol><li><a href=\"#a\">A</a></li></ol></nav>\n<h2 id=\"a\">A <span class=\"math-inline\">" + Svg + "</span></h2>",
        "<p>intro</p><nav class=\"toc\"><ul><li>x</li></ul></nav><h2 id=\"b\" class=\"x no_toc\">B</h2><h3 id=\"c\">C <a href=\"#c\" class=\"anchor\">#</a></h3>",
        "<div class=\"math-callout\"><h2 id=\"in-box\">Theorem</h2></div><aside><h3 id=\"aside\">Aside</h3></aside><h2 id=\"out\">Out</h2>",
        "<h2 class=\"convo\" id=\"self-box\">Convo</h2><details><summary>s</summary><h4 id=\"d\">D</h4></details><h5>no id</h5><h6 id=\"\">empty id</h6>",
        "<p>text <span class=\"math-display-like\">" + Svg + "</span></p><div class=\"math-display\"><span>" + Svg.Replace("E = mc^2", "a &lt; b") + "</span></div>",
        "<div class=\"math-display\"><svg/></div><div class=\"x math-display\"><svg aria-label=\"\"></svg></div>",
        "<table><tr><td><h2 id=\"cell\">In a cell</h2></td></tr></table><script>document.write('<h2 id=\"no\">')</script>",
        "<p>unclosed <h2 id=\"p-closed\">After a paragraph</h2>",        // the parser closes the paragraph: parsed
        "<ul><li>one<li><h3 id=\"li\">two</h3></ul>",                  // implied end tags: parsed
        "",
    ];

    [Theory]
    [MemberData(nameof(Fragments))]
    public void The_scanned_outline_is_the_outline_of_the_whole_parsed_fragment(string fragment)
    {
        var scanned = PageOutline.Of(fragment);
        var parsed = PageOutline.Parse(fragment);

        Assert.Equal(Describe(parsed), Describe(scanned));
        Assert.Equal(parsed.LeadingContentsList, scanned.LeadingContentsList);
        Assert.Equal(parsed.FirstDisplayTex, scanned.FirstDisplayTex);
    }

    [Fact]
    public void The_outline_finds_what_readers_ask_for()
    {
        var outline = PageOutline.Of(
            "<nav class=\"toc\"><ol><li>x</li></ol></nav><div class=\"math-callout\"><h2 id=\"t\">T</h2></div>" +
            "<h2 id=\"a\" class=\"no_toc\">A</h2><h3 id=\"b\">B</h3><div class=\"math-display\">" + Svg + "</div>");

        Assert.Equal("<ol><li>x</li></ol>", outline.LeadingContentsList);
        Assert.Equal("E = mc^2", outline.FirstDisplayTex);
        Assert.Equal(["t:2:box", "a:2:no_toc", "b:3:"], outline.Headings.Select(h => $"{h.Id}:{h.Level}:{(h.InBox ? "box" : h.IsNoToc ? "no_toc" : "")}"));
    }

    private static List<string> Describe(PageOutline outline) =>
        outline.Headings.Select(h => $"{h.Level}|{h.Id}|{h.IsNoToc}|{h.InBox}|{h.Element.OuterHtml}").ToList();
}
