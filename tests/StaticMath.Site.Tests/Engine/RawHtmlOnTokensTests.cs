using StaticMath.Site.Markdown.Extensions.VerbatimHtml;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Tests.Engine;

/// <summary>
/// Pages with raw HTML are written from their tokens when the tokens can follow the DOM path's rule: a raw region no
/// pass changed comes out as the author wrote it, one a pass changed as its tokens write it, and no marker stays.
/// </summary>
public class RawHtmlOnTokensTests
{
    private static PageWithoutDomTests.Rendered OnTokens(string body)
    {
        var rendered = PageWithoutDomTests.Render(body);
        Assert.Equal(PageWithoutDomTests.Render(body, alwaysDom: true).Fragment, rendered.Fragment);
        Assert.False(rendered.BuiltDom);
        return rendered;
    }

    [Fact]
    public void A_div_opened_and_closed_in_two_blocks_is_written_as_written_around_its_Markdown()
    {
        var rendered = OnTokens("<div class='note'  >\n\nSome *text*.\n\n</div >\n");
        Assert.Equal("<div class='note'  >\n<p>Some <em>text</em>.</p>\n</div >\n", rendered.Fragment);
    }

    [Fact]
    public void Inline_raw_HTML_in_a_list_and_a_table_is_written_as_written()
    {
        var rendered = OnTokens("- a <B>bold</B> item\n\n| a | b |\n|---|---|\n| <i class=x>c</i> | d |\n");
        Assert.Equal("<ul>\n<li>a <B>bold</B> item</li>\n</ul>\n<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n"
            + "<tbody>\n<tr>\n<td><i class=x>c</i></td>\n<td>d</td>\n</tr>\n</tbody>\n</table>\n", rendered.Fragment);
    }

    [Fact]
    public void A_raw_pre_keeps_its_first_line_end_and_spacing()
    {
        var rendered = OnTokens("<pre class=out>\n  x &lt; 1\n</pre>\n\nthen <code>y</code>.\n");
        Assert.Equal("<pre class=out>\n  x &lt; 1\n</pre>\n<p>then <code>y</code>.</p>\n", rendered.Fragment);
    }

    [Fact]
    public void A_comment_that_looks_like_a_marker_sends_the_page_to_the_DOM()
    {
        var body = "<div>\n<!--staticmath-raw-e0-->\n</div>\n";
        var rendered = PageWithoutDomTests.Render(body);
        Assert.True(rendered.BuiltDom);
        Assert.Equal(PageWithoutDomTests.Render(body, alwaysDom: true).Fragment, rendered.Fragment);
    }

    [Fact]
    public void A_raw_element_Markdown_closes_is_left_to_the_DOM()
    {
        // The DOM path writes no end tag for it once its region is kept as written: the tokens do not follow that.
        var regions = new RawHtmlRegions();
        var fragment = regions.Mark("<div>\n") + "<div class=\"c\"><p>A</p>\n" + regions.Mark("</div>\n") + "</div>\n";
        Assert.Null(AsWrittenTokens.Record(FragmentTokens.Read(fragment)!, regions));
    }

    [Fact]
    public void A_wrapper_a_pass_put_around_a_region_is_not_part_of_it()
    {
        var regions = new RawHtmlRegions();
        var fragment = regions.Mark("<div class='a'>\n") + "<p>md</p>\n" + regions.Mark("</div>\n");
        var page = FragmentTokens.Read(fragment)!;
        var asWritten = AsWrittenTokens.Record(page, regions)!;
        var tokens = page.Tokens;
        var divEnd = tokens.FindIndex(t => t.Kind == FragmentTokenKind.EndTag && t.Name == "div");
        tokens.Insert(divEnd + 1, FragmentToken.End("section", 0));
        tokens.Insert(1, FragmentToken.Start("section", [], 0));

        Assert.Equal("<section><div class='a'>\n<p>md</p>\n</div></section>\n", asWritten.Write(page));
    }

    [Fact]
    public void Unchanged_regions_are_written_as_written_and_without_markers()
    {
        var regions = new RawHtmlRegions();
        var fragment = "<p>a " + regions.Mark("<B class=x>") + "b" + regions.Mark("</B >") + "</p>\n" + regions.Mark("<hr/>\n");
        var page = FragmentTokens.Read(fragment)!;

        Assert.Equal("<p>a <B class=x>b</B ></p>\n<hr/>\n", AsWrittenTokens.Record(page, regions)!.Write(page));
    }

    [Fact]
    public void A_region_whose_tokens_changed_is_written_from_them()
    {
        var regions = new RawHtmlRegions();
        var fragment = regions.Mark("<a href='x' title=t>") + "link" + regions.Mark("</a>") + "\n";
        var page = FragmentTokens.Read(fragment)!;
        var asWritten = AsWrittenTokens.Record(page, regions)!;
        page.Tokens.Single(t => t.IsStartTag("a")).SetAttribute("href", "/y/");

        Assert.Equal("<a href=\"/y/\" title=\"t\">link</a>\n", asWritten.Write(page));
    }
}
