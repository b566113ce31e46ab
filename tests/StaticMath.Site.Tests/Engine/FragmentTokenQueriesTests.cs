using AngleSharp.Html.Parser;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Tests.Engine;

/// <summary>The DOM questions asked of tokens give the DOM's answers.</summary>
public class FragmentTokenQueriesTests
{
    [Fact]
    public void Matching_ends_pair_each_element_with_its_end_tag_and_void_elements_with_themselves()
    {
        var tokens = FragmentTokens.Read("<p>a<br>b<img src=\"x\"></p><div><span></span><hr></div>")!.Tokens;
        var ends = FragmentTokenQueries.MatchingEnds(tokens);
        Assert.Equal([5, -1, 2, -1, 4, -1, 10, 8, -1, 9, -1], ends);
        Assert.Equal([7, 9], FragmentTokenQueries.ChildElements(tokens, ends, 6));
    }

    [Theory]
    [InlineData("<div class=\"a  b\ta\">", "c")]
    [InlineData("<div class=\"a  b\ta\">", "b")]
    [InlineData("<div id=\"x\" title=\"t\">", "c")]
    [InlineData("<div class=\"\">", "c")]
    public void Adding_a_class_writes_the_attribute_as_the_DOM_class_list_does(string startTag, string className)
    {
        var token = FragmentTokens.Read(startTag + "</div>")!.Tokens[0];
        token.AddClass(className);

        var document = new HtmlParser().ParseDocument("<body>" + startTag + "</div>");
        var div = document.Body!.FirstElementChild!;
        div.ClassList.Add(className);
        Assert.Equal(div.Attributes.Select(a => a.Name + "=" + a.Value), token.Attributes.Select(a => a.Key + "=" + a.Value));
    }

    [Fact]
    public void A_snippet_read_as_children_sits_one_level_below_its_parent()
    {
        var tokens = FragmentTokenQueries.ReadChildren("<span>x</span>y", parentDepth: 2)!;
        Assert.Equal([3, 4, 3, 3], tokens.Select(t => t.Depth));
    }
}
