using Markdig;
using StaticMath.Site.Markdown.Extensions.KramdownAttributes;

namespace StaticMath.Site.Tests.Jekyll;

public class KramdownAttributesTests
{
    private static readonly MarkdownPipeline Pipeline =
        new MarkdownPipelineBuilder().UseAutoIdentifiers().UseGenericAttributes().UseKramdownAttributes().Build();

    private static string Html(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline).Trim();

    [Fact]
    public void Span_list_after_a_link_sets_its_attributes()
    {
        Assert.Equal("<p>See <a href=\"https://x.org\" target=\"_blank\">docs</a> now.</p>",
            Html("See [docs](https://x.org){:target=\"_blank\"} now."));
    }

    [Fact]
    public void Span_list_after_an_image_or_emphasis_sets_class_id_and_properties()
    {
        Assert.Equal("<p><img src=\"a.png\" id=\"pic\" class=\"wide\" width=\"50%\" alt=\"A\" /></p>",
            Html("![A](a.png){: .wide #pic width=\"50%\"}"));
        Assert.Equal("<p><em class=\"x\">hi</em> there</p>", Html("*hi*{:.x} there"));
    }

    [Fact]
    public void Block_list_on_the_last_or_first_line_of_a_paragraph_applies_to_the_paragraph()
    {
        Assert.Equal("<p class=\"note\">Some text\nmore text</p>", Html("Some text\nmore text\n{: .note}"));
        Assert.Equal("<p id=\"p1\">Text below</p>", Html("{: #p1}\nText below"));
    }

    [Fact]
    public void Heading_list_on_the_same_line_or_the_next_line()
    {
        Assert.Equal("<h2 id=\"custom\">Title</h2>", Html("## Title {: #custom}"));
        Assert.Equal("<h2 id=\"t\" target=\"_blank\">T</h2>", Html("## T {:target=\"_blank\"}"));
        Assert.Equal("<h2 id=\"intro\" class=\"no_toc\">Intro</h2>", Html("## Intro\n{: .no_toc}"));
    }

    [Fact]
    public void Standalone_list_after_a_blank_line_applies_to_the_next_block()
    {
        Assert.Equal("<p>First</p>\n<blockquote class=\"q\">\n<p>Quote</p>\n</blockquote>", Html("First\n\n{: .q}\n> Quote"));
    }

    [Fact]
    public void Generic_attributes_still_work_and_other_braces_stay_text()
    {
        // {#id .class} belongs to Markdig's generic attributes: this extension never claims it.
        var withoutGeneric = new MarkdownPipelineBuilder().UseKramdownAttributes().Build();
        Assert.Equal("<p><a href=\"u\">a</a>{#g .c}</p>", Markdig.Markdown.ToHtml("[a](u){#g .c}", withoutGeneric).Trim());
        Assert.Equal("<p>{::comment} and {: unterminated and {x}</p>",
            Markdig.Markdown.ToHtml("{::comment} and {: unterminated and {x}", withoutGeneric).Trim());
        Assert.Equal("<p><code>{:target=&quot;_blank&quot;}</code></p>", Html("`{:target=\"_blank\"}`"));
    }

    [Fact]
    public void Toc_marker_list_becomes_a_placeholder()
    {
        var html = Html("* TOC\n{:toc}\n\n## A");
        Assert.StartsWith("<nav class=\"toc\" data-toc-placeholder=\"ul\"></nav>", html);
        Assert.DoesNotContain("TOC", html);
    }

    [Fact]
    public void Lists_read_by_markdig_generic_attributes_first_are_repaired()
    {
        // Generic attributes registered after us runs first inline and misreads the colon.
        var genericFirst = new MarkdownPipelineBuilder().UseKramdownAttributes().UseGenericAttributes().Build();
        Assert.Equal("<p><a href=\"u\" target=\"_blank\">a</a> <a href=\"v\" id=\"i\" class=\"c\">b</a> <a href=\"w\" class=\"d\">c</a></p>",
            Markdig.Markdown.ToHtml("[a](u){:target=\"_blank\"} [b](v){: .c #i} [c](w){:.d}", genericFirst).Trim());
    }
}
