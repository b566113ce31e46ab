using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Tests.Engine;

/// <summary>The passes answer "no DOM needed" from the summary without walking the page, so it must hold exactly what the
/// page's start tags held when read: a name it misses would send a page that needs the DOM down the token path.</summary>
public class FragmentTokenSummaryTests
{
    private const string Page =
        "<div class=\"callout  callout-note\tbox\" data-callout-family=\"theorem\"><p>x <a href=\"#a\">y</a></p></div>\n"
        + "<p><span class=\"math math-inline\"><svg data-staticmath-svg=\"n:0\" aria-label=\"x\"></svg></span>"
        + "<img src=\"a.png\" alt=\"\" /></p>\n<nav data-toc-placeholder=\"\"></nav>\n<blockquote class=\"twitter-tweet\"><p>t</p></blockquote>\n";

    [Fact]
    public void Holds_the_element_attribute_and_class_names_of_the_start_tags_as_read()
    {
        var tokens = FragmentTokens.Read(Page);
        Assert.NotNull(tokens);
        var summary = tokens.AsRead;

        Assert.All(["div", "p", "a", "span", "svg", "img", "nav", "blockquote"], name => Assert.True(summary.HasElement(name), name));
        Assert.All(["class", "data-callout-family", "href", "data-staticmath-svg", "aria-label", "src", "alt", "data-toc-placeholder"],
            name => Assert.True(summary.HasAttribute(name), name));
        Assert.All(["callout", "callout-note", "box", "math", "math-inline", "twitter-tweet"], name => Assert.True(summary.HasClass(name), name));

        Assert.False(summary.HasElement("script"));
        Assert.False(summary.HasElement("d-cite"));
        Assert.False(summary.HasAttribute("markdown"));
        Assert.False(summary.HasAttribute("id"));
        Assert.False(summary.HasClass("callout callout-note"));
        Assert.False(summary.HasClass(""));
        Assert.False(summary.HasClass("twitter-video"));
        Assert.True(summary.HasClassWhere(name => name.StartsWith("callout-", StringComparison.Ordinal)));
        Assert.False(summary.HasClassWhere(name => name.Contains(' ')));
    }

    [Fact]
    public void Describes_the_page_as_read_after_a_pass_changed_its_tokens()
    {
        var tokens = FragmentTokens.Read("<p class=\"a\">x</p>");
        Assert.NotNull(tokens);
        tokens.Tokens[0].SetAttribute("class", "b");
        tokens.Tokens[0].SetAttribute("id", "c");

        Assert.True(tokens.AsRead.HasClass("a"));
        Assert.False(tokens.AsRead.HasClass("b"));
        Assert.False(tokens.AsRead.HasAttribute("id"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Agrees_with_a_walk_of_the_tokens(int seed)
    {
        string[] elements = ["p", "div", "span", "em", "a", "section", "figure", "blockquote"];
        string[] attributes = ["class", "id", "href", "title", "data-x", "markdown"];
        string[] classes = ["a", "b", "convo", "content-grid", "twitter-tweet", "math-inline"];
        var random = new Random(seed);
        for (var page = 0; page < 200; page++)
        {
            var html = new System.Text.StringBuilder();
            for (var block = random.Next(1, 6); block > 0; block--)
            {
                var name = elements[random.Next(elements.Length)] is var e && e is "p" or "span" or "em" or "a" ? "div" : e;
                html.Append('<').Append(name);
                foreach (var attribute in attributes.Where(_ => random.Next(3) == 0))
                {
                    var value = attribute == "class"
                        ? string.Join(new[] { " ", "  ", "\t", "\n" }[random.Next(4)], classes.Where(_ => random.Next(3) == 0))
                        : "v";
                    html.Append(' ').Append(attribute).Append("=\"").Append(value).Append('"');
                }
                html.Append("><p>text <em class=\"").Append(classes[random.Next(classes.Length)]).Append("\">x</em></p></").Append(name).Append(">\n");
            }

            var tokens = FragmentTokens.Read(html.ToString());
            Assert.NotNull(tokens);
            var starts = tokens.Tokens.Where(t => t.Kind == FragmentTokenKind.StartTag).ToList();
            foreach (var name in elements) Assert.Equal(starts.Exists(t => t.Name == name), tokens.AsRead.HasElement(name));
            foreach (var name in attributes) Assert.Equal(starts.Exists(t => t.HasAttribute(name)), tokens.AsRead.HasAttribute(name));
            foreach (var name in classes) Assert.Equal(starts.Exists(t => t.HasClass(name)), tokens.AsRead.HasClass(name));
        }
    }
}
