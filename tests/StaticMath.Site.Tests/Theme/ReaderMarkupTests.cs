using StaticMath.Site.Markdown.Extensions.Theme;
using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Theme;

/// <summary>The markup the pipeline adds for the default theme's layout: text runs, glued punctuation, author colours.</summary>
public sealed class ReaderMarkupTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Bare_text_after_raw_html_is_wrapped_with_its_inline_elements_and_comments()
    {
        var body = _site.Render("""
            Markdown first.

            <img src="a.png" alt="">
            Text after the image, <em>inline</em> <!-- note --> and more.

            <div class="box">A box.</div>
            <span>Inline</span> tail.
            """);
        var runs = body.QuerySelectorAll(":scope > ." + ContentGridTextWrapper.WrapperClass);
        Assert.Equal(2, runs.Length);
        Assert.Equal("img", runs[0].FirstElementChild!.LocalName);
        Assert.EndsWith("and more.", runs[0].TextContent.Trim());
        Assert.NotNull(runs[0].QuerySelector("em"));
        Assert.Equal("Inline tail.", runs[1].TextContent.Trim());
        // Markdown's own blocks and the raw block element stay grid items of their own.
        Assert.NotNull(body.QuerySelector(":scope > p"));
        Assert.NotNull(body.QuerySelector(":scope > div.box"));
        Assert.DoesNotContain(body.ChildNodes, n => n is AngleSharp.Dom.IText t && !string.IsNullOrWhiteSpace(t.Data));
    }

    [Fact]
    public void Elements_with_a_layout_class_and_whitespace_or_comments_alone_are_not_wrapped()
    {
        var body = _site.Render("""
            <img class="l-page" src="wide.png" alt="">
            <!-- only a comment -->
            """);
        Assert.Empty(body.QuerySelectorAll("." + ContentGridTextWrapper.WrapperClass));
        Assert.NotNull(body.QuerySelector(":scope > img.l-page"));
    }

    [Fact]
    public void Closing_punctuation_after_inline_math_is_glued_to_it()
    {
        var body = _site.Render("Then $x$. And $y$), then $z$ alone and $w$!? End.");
        var glued = body.QuerySelectorAll("." + MathPunctuationGlue.GlueClass);
        Assert.Equal([".", "),", "!?"], glued.Select(g => g.LastChild!.TextContent).ToArray());
        Assert.All(glued, g => Assert.Equal("math-inline", g.FirstElementChild!.ClassName!.Split(' ')[0]));
        Assert.Contains(" alone and", body.TextContent);
        Assert.Null(body.QuerySelector("." + MathPunctuationGlue.GlueClass + ":has(svg[aria-label='z'])"));
    }

    [Fact]
    public void Author_colours_are_copied_to_a_custom_property_but_background_boxes_are_not()
    {
        var body = _site.Render(@"$\color{blue}{a} + \textcolor{#3c3}{b} + \colorbox{yellow}{c}$");
        var groups = body.QuerySelectorAll("svg g[fill]").ToList();
        Assert.Equal("--tex-color:blue", groups.Single(g => g.GetAttribute("fill") == "blue").GetAttribute("style"));
        Assert.Equal("--tex-color:#3c3", groups.Single(g => g.GetAttribute("fill") == "#3c3").GetAttribute("style"));
        Assert.Null(groups.Single(g => g.GetAttribute("fill") == "yellow").GetAttribute("style"));
    }
}
