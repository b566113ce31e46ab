using System.Text;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Tests.Engine;

/// <summary>
/// A part the site writes itself (an equation's HTML) goes into the page's tokens as its top element only, its content
/// kept as the serializer's text: the page must still write exactly what the DOM round trip of its HTML writes, and
/// what the tree builder would repair inside a part still sends the page to the DOM.
/// </summary>
public class FragmentSegmentsTests
{
    // An inline equation as MathHtml writes one: wrapper, SVG placeholder, hidden copy text.
    private static void Equation(MarkupWriter markup)
    {
        markup.Open("span", ("class", "math-inline"));
        markup.Open("svg", ("data-staticmath-svg", "n:0"), ("aria-label", "x < y & \"z\""));
        markup.Close("svg");
        markup.Open("span", ("class", "math-tex"));
        markup.Text("$f'(x) < 1 & a\u00A0b$");
        markup.Close("span");
        markup.Close("span");
    }

    private static (string Fragment, FragmentSegments Segments) Page(string before, Action<MarkupWriter> part, string after)
    {
        var segments = new FragmentSegments();
        var html = new StringBuilder();
        part(new HtmlMarkupWriter(html));
        return (before + segments.Add(html.ToString(), part) + after, segments);
    }

    [Fact]
    public void A_part_is_its_top_element_with_its_content_kept_as_text()
    {
        var (fragment, segments) = Page("<p>a ", Equation, ".</p>");

        var tokens = FragmentTokens.Read(fragment, segments)!.Tokens;

        Assert.Equal(
            ["<p>", "a ", "<span>", "</span>", ".", "</p>"],
            tokens.Select(t => t.Kind switch
            {
                FragmentTokenKind.StartTag => $"<{t.Name}>",
                FragmentTokenKind.EndTag => $"</{t.Name}>",
                _ => t.Data,
            }));
        Assert.Equal([("class", "math-inline")], tokens[2].Attributes.Select(a => (a.Key, a.Value)));
        Assert.Equal(
            "<svg data-staticmath-svg=\"n:0\" aria-label=\"x &lt; y &amp; &quot;z&quot;\"></svg>"
            + "<span class=\"math-tex\">$f'(x) &lt; 1 &amp; a&nbsp;b$</span>",
            tokens[2].Inner);
        Assert.All(tokens.Where((_, i) => i != 2), t => Assert.Null(t.Inner));
        Assert.Equal(1, tokens[2].Depth);
        Assert.Equal(1, tokens[3].Depth);
    }

    public static TheoryData<string, string> Pages => new()
    {
        { "<p>a ", ".</p>" },
        { "<ul>\n<li>", "</li>\n</ul>\n" },
        { "<h2 id=\"h\">Title ", "</h2>" },
        { "", "" },
        { "<div class=\"x\">", " tail</div>" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_with_parts_writes_what_the_DOM_round_trip_of_its_HTML_writes(string before, string after)
    {
        var (fragment, segments) = Page(before, Equation, after);

        var tokens = FragmentTokens.Read(fragment, segments);

        Assert.NotNull(tokens);
        Assert.Equal(FragmentTokensTests.DomRoundTrip(segments.Expand(fragment)), tokens.Write());
    }

    [Fact]
    public void What_is_inside_a_part_is_read_when_asked_for()
    {
        var (fragment, segments) = Page("<p>a ", Equation, ".</p>");
        var tokens = FragmentTokens.Read(fragment, segments)!.Tokens;

        var content = FragmentTokenQueries.ContentOf(tokens[2]);

        Assert.Equal(["svg", "svg", "span", "", "span"], content.Select(t => t.Name));
        Assert.Equal([2, 2, 2, 3, 2], content.Select(t => t.Depth));
        Assert.Equal("x < y & \"z\"", content[0].GetAttribute("aria-label"));
        Assert.Equal("a $f'(x) < 1 & a\u00A0b$.", FragmentTokenQueries.TextContent(tokens, FragmentTokenQueries.MatchingEnds(tokens), 0));
        Assert.Empty(FragmentTokenQueries.ContentOf(tokens[0]));
    }

    [Fact]
    public void The_pages_ids_include_those_inside_a_part()
    {
        var (fragment, segments) = Page("<p id=\"a\">", markup =>
        {
            markup.Open("span", ("id", "b"));
            markup.Open("span", ("id", "c"));
            markup.Close("span");
            markup.Close("span");
            Equation(markup);
        }, "</p>");

        var tokens = FragmentTokens.Read(fragment, segments)!.Tokens;

        Assert.Equal(["a", "b", "c"], FragmentTokenQueries.Ids(tokens).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parts_side_by_side_and_a_void_element_at_a_part_top_stay_separate_tokens()
    {
        var (fragment, segments) = Page("<p>", markup =>
        {
            Equation(markup);
            markup.Void("wbr");
            markup.Text("and ");
            Equation(markup);
        }, "</p>");

        var tokens = FragmentTokens.Read(fragment, segments)!;

        Assert.Equal(["p", "span", "span", "wbr", "", "span", "span", "p"], tokens.Tokens.Select(t => t.Name));
        Assert.Equal(2, tokens.Tokens.Count(t => t.Inner is not null));
        Assert.Equal(FragmentTokensTests.DomRoundTrip(segments.Expand(fragment)), tokens.Write());
    }

    public static TheoryData<string, Action<MarkupWriter>> RepairedParts => new()
    {
        // A block inside a paragraph's part: the tree builder closes the paragraph.
        { "p", markup => { markup.Open("span"); markup.Open("div"); markup.Close("div"); markup.Close("span"); } },
        // Text inside an SVG placeholder is not a placeholder any more.
        { "p", markup => { markup.Open("span"); markup.Open("svg", ("data-staticmath-svg", "n:0")); markup.Text("x"); markup.Close("svg"); markup.Close("span"); } },
        // The line end the parser drops after <pre> is not followed inside a part.
        { "div", markup => { markup.Open("span"); markup.Open("pre"); markup.Text("\nx"); markup.Close("pre"); markup.Close("span"); } },
        // Characters that do not read back as written.
        { "p", markup => { markup.Open("span"); markup.Open("span"); markup.Text("a\rb"); markup.Close("span"); markup.Close("span"); } },
        { "p", markup => { markup.Open("span"); markup.Open("span", ("title", "a\0b")); markup.Close("span"); markup.Close("span"); } },
        // An element left open, or closed out of order.
        { "p", markup => { markup.Open("span"); markup.Open("em"); markup.Close("span"); } },
        { "p", markup => { markup.Open("span"); markup.Open("em"); } },
    };

    [Theory]
    [MemberData(nameof(RepairedParts))]
    public void A_part_the_tree_builder_would_repair_sends_the_page_to_the_DOM(string container, Action<MarkupWriter> part)
    {
        var (fragment, segments) = Page($"<{container}>", part, $"</{container}>");

        Assert.Null(FragmentTokens.Read(fragment, segments));
    }
}
