using AngleSharp.Html.Parser;
using StaticMath.Site.Themes;

namespace StaticMath.Site.Tests.Theme;

public sealed class TocFilterTests
{
    [Fact]
    public void Headings_become_a_nested_list_of_links()
    {
        var html = TocFilter.Render(
            "<h2 id=\"a\">Alpha</h2><p>x</p><h3 id=\"a1\">One</h3><h3 id=\"a2\">Two</h3><h2 id=\"b\">Beta</h2><h4 id=\"deep\">Deep</h4>");

        var list = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body!.FirstElementChild!;

        Assert.True(list.LocalName == "ol", html);
        Assert.True(list.Children.Length == 2, html);
        Assert.Equal(["#a", "#b"], list.Children.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(["#a1", "#a2"], list.Children[0].QuerySelector("ol")!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("deep", html);
    }

    [Fact]
    public void Heading_math_is_kept_but_ids_and_links_inside_headings_are_not_copied()
    {
        var html = TocFilter.Render("<h2 id=\"s\"><a href=\"#s\" id=\"inner\">Score <svg role=\"img\" aria-label=\"x\"></svg></a></h2>");

        Assert.Contains("<svg", html);
        Assert.DoesNotContain("id=\"inner\"", html);
        Assert.Equal(1, html.Split("<a ").Length - 1);
    }

    [Fact]
    public void Headings_inside_callouts_and_navs_and_without_ids_are_not_sections()
    {
        var html = TocFilter.Render(
            "<nav class=\"toc\"><h2 id=\"contents\">Contents</h2></nav><div class=\"math-callout\"><h2 id=\"c\">In box</h2></div><h2>No id</h2>");

        Assert.Equal("", html);
    }

    [Fact]
    public void A_contents_list_already_at_the_top_of_the_content_is_reused()
    {
        var html = TocFilter.Render("<nav class=\"toc\"><h2>Contents</h2><ol><li><a href=\"#x\">X</a></li></ol></nav><h2 id=\"x\">X</h2><h2 id=\"y\" class=\"no_toc\">Y</h2>");

        Assert.Equal("<ol><li><a href=\"#x\">X</a></li></ol>", html);
    }

    [Fact]
    public void Headings_marked_no_toc_are_left_out()
    {
        Assert.DoesNotContain("#y", TocFilter.Render("<h2 id=\"x\">X</h2><h2 id=\"y\" class=\"no_toc\">Y</h2>"));
    }
}
