using SkiaSharp;
using StaticMath.Site.Configuration;
using StaticMath.Site.Markdown.Extensions.Figures;

namespace StaticMath.Site.Tests.Blocks;

public sealed class FigureTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.CornflowerBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    [Fact]
    public void Image_alone_in_a_paragraph_becomes_a_figure_captioned_by_its_alt_text()
    {
        _site.WriteFile("static/images/plot.png", Png(40, 30));
        var body = _site.Render("Text before.\n\n![A *nice* plot](/images/plot.png)\n");
        var figure = body.QuerySelector("figure.figure")!;
        var img = figure.QuerySelector(":scope > img")!;
        Assert.Equal("/images/plot.png", img.GetAttribute("src"));
        Assert.Equal("40", img.GetAttribute("width"));
        Assert.Equal("30", img.GetAttribute("height"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("async", img.GetAttribute("decoding"));
        Assert.Equal("nice", figure.QuerySelector("figcaption > em")!.TextContent);
        Assert.Empty(_site.Diagnostics.Sorted());
    }

    [Fact]
    public void Title_is_the_caption_parsed_as_inline_markdown()
    {
        _site.WriteFile("content/posts/local.png", Png(8, 6));
        var body = _site.Render("![alt text](local.png \"The **bold** caption with `code`\")\n");
        var figure = body.QuerySelector("figure")!;
        Assert.Equal("bold", figure.QuerySelector("figcaption > strong")!.TextContent);
        Assert.NotNull(figure.QuerySelector("figcaption > code"));
        var img = figure.QuerySelector("img")!;
        Assert.Equal("alt text", img.GetAttribute("alt"));
        Assert.Null(img.GetAttribute("title"));
        Assert.Equal("8", img.GetAttribute("width"));
    }

    [Fact]
    public void Image_inside_running_text_is_not_a_figure_but_still_lazy()
    {
        var body = _site.Render("An icon ![i](https://example.org/i.png) inline.\n");
        Assert.Null(body.QuerySelector("figure"));
        Assert.Equal("lazy", body.QuerySelector("p > img")!.GetAttribute("loading"));
        Assert.Empty(_site.Diagnostics.Sorted());
    }

    [Fact]
    public void Linked_image_becomes_a_figure_keeping_the_link()
    {
        var body = _site.Render("[![Zoom](https://example.org/s.png)](https://example.org/big.png)\n");
        var link = body.QuerySelector("figure > a")!;
        Assert.Equal("https://example.org/big.png", link.GetAttribute("href"));
        Assert.NotNull(link.QuerySelector("img"));
        Assert.Equal("Zoom", body.QuerySelector("figcaption")!.TextContent);
    }

    [Fact]
    public void Missing_local_image_is_a_warning_with_its_line_and_the_page_still_builds()
    {
        var body = _site.Render("Para one.\n\n<figure>\n  <img src=\"/images/none.png\" alt=\"x\">\n  <figcaption>Raw caption.</figcaption>\n</figure>\n\nPara two.\n", bodyLineOffset: 3);
        Assert.Equal(2, body.QuerySelectorAll("p").Length);
        var warning = Assert.Single(_site.Warnings("SM4010"));
        Assert.Equal(6, warning.Line);
        Assert.Contains("/images/none.png", warning.Message);
        Assert.False(warning.IsError);
        Assert.Equal("lazy", body.QuerySelector("img")!.GetAttribute("loading"));
    }

    [Fact]
    public void Raw_figure_and_caption_div_keep_their_structure()
    {
        _site.WriteFile("static/img/a.png", Png(20, 10));
        var body = _site.Render("""
            <figure>
              <img src="/img/a.png" alt="a" loading="eager">
              <figcaption>Score fields $\nabla_x \log p(x)$.</figcaption>
            </figure>

            <div class="row"><img src="/img/a.png" width="5"></div>
            <div class="caption">A caption div.</div>
            """);
        var figure = body.QuerySelector("figure.figure")!;
        var img = figure.QuerySelector(":scope > img")!;
        Assert.Equal("eager", img.GetAttribute("loading"));
        Assert.Equal("20", img.GetAttribute("width"));
        Assert.Contains("\\nabla_x", figure.QuerySelector(":scope > figcaption")!.InnerHtml + figure.QuerySelector("figcaption")!.TextContent + (figure.QuerySelector("figcaption svg")?.GetAttribute("aria-label") ?? ""));
        var rowImg = body.QuerySelector("div.row > img")!;
        Assert.Equal("5", rowImg.GetAttribute("width"));
        Assert.Null(rowImg.GetAttribute("height"));
        Assert.Equal("A caption div.", body.QuerySelector("div.caption")!.TextContent);
    }

    [Fact]
    public void Figure_numbering_prefixes_captions_and_resolves_references()
    {
        using var site = new BlockTestSite(new SiteConfig { Sections = { new FiguresConfig { Numbering = true } } });
        var body = site.Render("""
            As [](#fig-b) shows.

            ![First](https://example.org/1.png)

            ![Second](https://example.org/2.png){#fig-b}

            <figure id="fig-c"><img src="https://example.org/3.png"><figcaption>Third</figcaption></figure>

            And [](#fig-c).
            """);
        var labels = body.QuerySelectorAll("figcaption .figure__label").Select(l => l.TextContent).ToList();
        Assert.Equal(["Figure 1:", "Figure 2:", "Figure 3:"], labels);
        Assert.Equal("fig-b", body.QuerySelectorAll("figure")[1].Id);
        Assert.Null(body.QuerySelectorAll("figure")[1].QuerySelector("img")!.Id is { Length: > 0 } ? "img has id" : null);
        var refs = body.QuerySelectorAll("a.sm-ref").Select(a => a.TextContent).ToList();
        Assert.Equal(["Figure 2", "Figure 3"], refs);
    }

    [Fact]
    public void Image_sizes_are_read_once_and_shared_across_threads()
    {
        _site.WriteFile("static/p.png", Png(12, 7));
        var cache = new ImageSizeCache();
        var path = Path.Combine(_site.Directory, "static", "p.png");
        var sizes = new ImageSize?[32];
        Parallel.For(0, sizes.Length, i => sizes[i] = cache.Get(path));
        Assert.All(sizes, s => Assert.Equal(new ImageSize(12, 7), s));
        _site.WriteFile("static/broken.png", [1, 2, 3]);
        Assert.Null(cache.Get(Path.Combine(_site.Directory, "static", "broken.png")));
    }
}
