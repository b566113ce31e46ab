namespace StaticMath.Site.Tests.Blocks;

public sealed class MarkdownInHtmlTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Div_with_markdown_attribute_parses_inner_markdown_and_drops_the_attribute()
    {
        var body = _site.Render("""
            <div class="box" id="b1" data-x="y" markdown="1">
            Some **bold** text.

            * one
            * two
            </div>
            """);
        var div = Assert.Single(body.QuerySelectorAll("div.box"));
        Assert.Null(div.GetAttribute("markdown"));
        Assert.Equal("b1", div.Id);
        Assert.Equal("y", div.GetAttribute("data-x"));
        Assert.Equal("bold", div.QuerySelector("p > strong")!.TextContent);
        Assert.Equal(2, div.QuerySelectorAll("ul > li").Length);
    }

    [Fact]
    public void Div_without_attribute_stays_raw_html()
    {
        var body = _site.Render("""
            <div class="raw">
            Some **bold** text.
            </div>
            """);
        var div = body.QuerySelector("div.raw")!;
        Assert.Null(div.QuerySelector("strong"));
        Assert.Contains("**bold**", div.TextContent);
    }

    [Fact]
    public void Nested_markdown_blocks_close_at_their_own_closing_tags()
    {
        var body = _site.Render("""
            <details markdown="1">
            <summary>Proof sketch</summary>

            <div class="inner" markdown="1">
            Inner *emphasis*.
            </div>

            After the inner div, still in details with `code`.
            </details>

            Outside paragraph.
            """);
        var details = Assert.Single(body.QuerySelectorAll("details"));
        Assert.Equal("Proof sketch", details.QuerySelector("summary")!.TextContent);
        var inner = details.QuerySelector("div.inner")!;
        Assert.Equal("emphasis", inner.QuerySelector("em")!.TextContent);
        Assert.NotNull(details.QuerySelector(":scope > p > code"));
        Assert.Equal("Outside paragraph.", body.QuerySelector(":scope > p")!.TextContent);
    }

    [Fact]
    public void Raw_same_named_element_inside_does_not_close_the_markdown_block()
    {
        var body = _site.Render("""
            <div class="outer" markdown="1">
            <div class="raw">
            raw text
            </div>

            Then *markdown* again.
            </div>
            """);
        var outer = body.QuerySelector("div.outer")!;
        Assert.NotNull(outer.QuerySelector("div.raw"));
        Assert.Equal("markdown", outer.QuerySelector(":scope > p > em")!.TextContent);
    }

    [Fact]
    public void Content_on_the_opening_line_is_parsed_as_a_child()
    {
        var body = _site.Render("""
            <details markdown="1"><summary>Click</summary>

            Hidden *text*.
            </details>
            """);
        var details = body.QuerySelector("details")!;
        Assert.Equal("Click", details.QuerySelector("summary")!.TextContent);
        Assert.NotNull(details.QuerySelector("p > em"));
    }

    [Fact]
    public void Fenced_code_inside_keeps_closing_tags_verbatim()
    {
        var body = _site.Render("""
            <section markdown="1">
            ```html
            </section>
            ```
            </section>
            """);
        var section = body.QuerySelector("section")!;
        Assert.Contains("</section>", section.QuerySelector("pre code")!.TextContent);
    }

    [Fact]
    public void Markdown_block_inside_a_list_item()
    {
        var body = _site.Render("""
            1. Item

               <aside markdown="1">
               Note with *emphasis*.
               </aside>
            2. Next
            """);
        var aside = body.QuerySelector("ol > li > aside")!;
        Assert.NotNull(aside.QuerySelector("em"));
        Assert.Equal(2, body.QuerySelectorAll("ol > li").Length);
    }

    [Fact]
    public void Unclosed_markdown_block_is_a_warning_and_the_page_still_renders()
    {
        var body = _site.Render("intro\n\n<div class=\"open\" markdown=\"1\">\nText *here*.\n", bodyLineOffset: 5);
        Assert.NotNull(body.QuerySelector("div.open em"));
        var warning = Assert.Single(_site.Warnings("SM1202"));
        Assert.Equal(7, warning.Line);
    }

    [Fact]
    public void Tags_inside_code_spans_do_not_count_as_nesting()
    {
        var body = _site.Render("<div class=\"a\" markdown=\"1\">\nA plain `<div class=\"x\">` is text.\n</div>\n\nAfter.\n");
        Assert.Equal("After.", body.QuerySelector(":scope > p")!.TextContent);
        Assert.Empty(_site.Warnings("SM1202"));
    }

    [Fact]
    public void Markdown_attribute_inside_a_raw_html_block_is_removed_from_the_output()
    {
        var body = _site.Render("<div class=\"convo\">\n<div class=\"user\" markdown=\"1\">\n<p>Hi</p>\n</div>\n</div>\n");
        Assert.NotNull(body.QuerySelector("div.user"));
        Assert.DoesNotContain("markdown=", _site.LastHtml);
    }
}
