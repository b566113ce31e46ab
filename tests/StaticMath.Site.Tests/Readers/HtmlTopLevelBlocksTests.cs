using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Tests.Readers;

/// <summary>
/// The top-level block ends that let a reader parse a page's start alone: every prefix ending at one parses into
/// exactly the leading nodes of the whole fragment, and markup the tree builder treats specially ends the scan.
/// </summary>
public sealed class HtmlTopLevelBlocksTests
{
    [Fact]
    public void Ends_follow_each_top_level_element_and_the_fragment_end()
    {
        const string html = "<p>a &amp; b</p>\n<div id=\"x\"><svg><path d=\"M0\"/></svg></div><hr>tail";

        Assert.Equal([16, 60, 64, html.Length], HtmlTopLevelBlocks.Ends(html));
        Assert.Equal([html.IndexOf("</div>", StringComparison.Ordinal) + 6, 64, html.Length], HtmlTopLevelBlocks.Ends(html, 17));
    }

    public static TheoryData<string> Fragments() =>
    [
        "<p>x</p>\n<script>if (a</p>) {}</script><p>y</p>",
        "<style>p > a { }</style><textarea></div></textarea><p>z</p>",
        "<p><svg><title>a &lt; b</title><g><path d=\"M0\"/><use href=\"#g\"/></g></svg></p><p><![CDATA[x]]></p>",
        "<div><svg><foreignObject><p>html</p><br></foreignObject></svg></div><p>after</p>",
        "<table><tr><td>cell</td></tr></table>text<p>p</p>",
        "<table>stray<tr><td>1</td></tr></table><p>p</p>",
        "<b><p>bold para</p></b><p>plain</p>",
        "<!-- note --><p>x</p><!-- end -->",
        "<pre>\ncode</pre><p>x</p>",
        "<math><mi>x</mi><mo>+</mo></math><p>y</p>",
        "<ul>\n<li>a<ul>\n<li>nested</li>\n</ul>\n</li>\n</ul><dl><dt>t</dt><dd>d<dl><dt>u</dt></dl></dd></dl><p>x</p>",
        "<table><tr><td><a href=\"#\">x</a><table><tr><td><a href=\"#y\">y</a><p>p</p></td></tr></table></td></tr></table><p>z</p>",
        "<p><button><div>in a button</div></button></p><div>after</div>",
    ];

    [Theory]
    [MemberData(nameof(Fragments))]
    public void Every_prefix_parses_into_the_leading_nodes_of_the_whole(string html)
    {
        var whole = TopLevel(html);
        foreach (var end in HtmlTopLevelBlocks.Ends(html))
        {
            var prefix = TopLevel(html[..end]);
            Assert.True(prefix.Count <= whole.Count, $"prefix up to {end} has more nodes than the whole");
            Assert.Equal(whole.Take(prefix.Count), prefix);
        }
    }

    [Theory]
    [InlineData("<ul><li>one</ul><p>x</p>")]              // an end tag closing more than the last element
    [InlineData("<b><i>misnested</b></i><p>x</p>")]
    [InlineData("</p><p>x</p>")]                          // a stray end tag makes an element
    [InlineData("<div/><p>x</p>")]                        // a self-closed HTML element stays open
    [InlineData("<svg><p>breaks out</p></svg><p>x</p>")]
    [InlineData("<p>a<p>b</p></p><div>c</div>")]           // the tags balance, but the parser closes the paragraphs
    [InlineData("<p><div>block in p</div></p><p>next</p>")]
    [InlineData("<a href=\"#\"><a href=\"#2\">nested</a></a><p>x</p>")]
    [InlineData("<h2>one<h3>two</h3></h2><p>x</p>")]
    [InlineData("<table class=\"box\"><h2>moved out</h2></table><p>x</p>")]
    [InlineData("<ul><li>a<div><li>b</li></div></li></ul><p>x</p>")]    // a div does not stop the list item loop
    [InlineData("<template><p>x</p></template><p>y</p>")]
    [InlineData("<p>x</p>\r\n<p>y</p>")]                  // offsets would drift from the normalised stream
    public void Markup_the_tree_builder_treats_specially_gives_only_the_fragment_end(string html) =>
        Assert.Equal([html.Length], HtmlTopLevelBlocks.Ends(html));

    private static List<string> TopLevel(string html)
    {
        var body = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body></body></html>").Body!;
        body.InnerHtml = html;
        return body.ChildNodes.Select(n => n is IElement e ? e.OuterHtml : n.NodeName + ":" + n.TextContent).ToList();
    }
}
