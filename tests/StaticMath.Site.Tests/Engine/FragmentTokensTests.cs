using AngleSharp.Html.Parser;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Tests.Engine;

/// <summary>
/// A page skips the DOM only if its tokens write back exactly as the DOM round trip would: every fragment
/// <see cref="FragmentTokens.Read"/> accepts must give the serializer's characters, and every fragment the HTML5 tree
/// builder would repair must be refused.
/// </summary>
public class FragmentTokensTests
{
    /// <summary>What the DOM path writes for a fragment no pass touched.</summary>
    public static string DomRoundTrip(string fragment)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        document.Body!.InnerHtml = fragment;
        return LinearHtmlSerializer.InnerHtml(document.Body);
    }

    [Theory]
    [InlineData("<p>a &quot;b&quot; &#39;c&#39; &amp; &lt;d&gt;</p>\n")]
    [InlineData("<hr />\n<p>x<br />\ny</p>\n")]
    [InlineData("<p><img src=\"a.png?x=1&amp;y=2\" alt=\"x &lt; y &quot;q&quot;\" /></p>")]
    [InlineData("<ul>\n<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" /> done</li>\n</ul>\n")]
    [InlineData("<pre><code class=\"language-c\">int x;\n</code></pre>\n")]
    [InlineData("<pre>\nx</pre>")]
    [InlineData("<pre>\n\nx</pre>")]
    [InlineData("<p>non\u00A0breaking <span title=\"a\u00A0b\">x</span></p>")]
    [InlineData("<table>\n<thead>\n<tr>\n<th style=\"text-align: left\">a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n</tr>\n</tbody>\n</table>\n")]
    [InlineData("<p><span class=\"math math-inline\"><svg data-staticmath-svg=\"n:0\" aria-label=\"x &lt; y &amp;\"></svg></span>.</p>")]
    [InlineData("<!--staticmath-verbatim-0--><p>a<!-- note -->b</p>")]
    [InlineData("<div class=\"footnotes\">\n<hr />\n<ol>\n<li id=\"fn:1\">\n<p>n <a href=\"#fnref:1\" class=\"footnote-back-ref\">&#8617;</a></p>\n</li>\n</ol>\n</div>\n")]
    [InlineData("<p id=\"a\" id=\"b\" title=\"x > y\">x</p>")]
    [InlineData("<dl>\n<dt>term</dt>\n<dd>meaning</dd>\n</dl>\n<h2 id=\"a\">A <em>b</em> <code>c</code></h2>")]
    public void Accepted_fragments_write_as_the_DOM_round_trip_does(string fragment)
    {
        var tokens = FragmentTokens.Read(fragment);
        Assert.NotNull(tokens);
        Assert.Equal(DomRoundTrip(fragment), tokens.Write());
    }

    [Theory]
    [InlineData("<p><div>x</div></p>")]            // a block closes the paragraph
    [InlineData("<p>x")]                           // an end tag implied
    [InlineData("<em>a<strong>b</em></strong>")]   // misnested: the adoption agency
    [InlineData("<table><tr><td>x</td></tr></table>")] // an implied <tbody>
    [InlineData("<table>\n<tbody>x</tbody></table>")]  // text foster-parented
    [InlineData("<li>x</li>")]                     // outside a list
    [InlineData("<a href=\"a\">1<a href=\"b\">2</a></a>")]
    [InlineData("<svg><path d=\"M0\"/></svg>")]    // SVG beyond the equations' placeholders
    [InlineData("<script>if (a < b) x();</script>")]
    [InlineData("<div />x")]                       // self-closing syntax ignored on a normal element
    [InlineData("<p>x</p></br>")]                  // </br> is a <br>
    [InlineData("<h2>a<h3>b</h3></h2>")]
    [InlineData("<p>a\r\nb</p>")]
    public void Fragments_the_tree_builder_would_repair_take_the_DOM(string fragment)
    {
        Assert.Null(FragmentTokens.Read(fragment));
    }

    [Theory]
    [InlineData("<p class=\"math-inline\">", "math-inline", true)]
    [InlineData("<p class=\" a\tmath-inline\n b \">", "math-inline", true)]
    [InlineData("<p class=\"math-inline-x math\">", "math-inline", false)]
    [InlineData("<p class=\"x-math-inline\">", "math-inline", false)]
    [InlineData("<p class=\"\">", "math-inline", false)]
    [InlineData("<p class=\"   \">", "", false)]
    [InlineData("<p>", "math-inline", false)]
    public void HasClass_reads_the_class_list_as_the_DOM_does(string startTag, string name, bool has)
    {
        var tokens = FragmentTokens.Read(startTag + "</p>")!;
        Assert.Equal(has, tokens.Tokens[0].HasClass(name));
        var dom = new HtmlParser().ParseDocument("<body>" + startTag + "</p>").Body!.FirstElementChild!;
        Assert.Equal(dom.ClassList.Contains(name), has);
    }

    [Fact]
    public void Only_start_tags_attributes_change_and_the_other_tokens_stay_without_any()
    {
        var fragment = FragmentTokens.Read("<p class=\"a\">text</p><!-- c -->")!;
        var tokens = fragment.Tokens;
        tokens[0].SetAttribute("id", "x");
        tokens[0].AddClass("b");
        Assert.Equal([new("class", "a b"), new("id", "x")], tokens[0].Attributes);
        foreach (var other in tokens.Skip(1))
        {
            Assert.Throws<InvalidOperationException>(() => other.SetAttribute("id", "y"));
            Assert.Throws<InvalidOperationException>(() => other.RemoveAttribute("id"));
            Assert.Empty(other.Attributes);
        }
        Assert.Equal("<p class=\"a b\" id=\"x\">text</p><!-- c -->", fragment.Write());
    }
}
