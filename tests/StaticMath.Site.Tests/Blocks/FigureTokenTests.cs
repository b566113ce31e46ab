using SkiaSharp;
using StaticMath.Site.Configuration;
using StaticMath.Site.Markdown.Extensions.Figures;
using StaticMath.Site.Tests.Engine;

namespace StaticMath.Site.Tests.Blocks;

/// <summary>Figures and images on a page written from its tokens: exact HTML, and the same as the DOM path writes.</summary>
public sealed class FigureTokenTests : IDisposable
{
    private readonly string _site = Directory.CreateTempSubdirectory("sm-figure-tokens-").FullName;

    public FigureTokenTests()
    {
        Directory.CreateDirectory(Path.Combine(_site, "static", "images"));
        using var bitmap = new SKBitmap(12, 7);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(Path.Combine(_site, "static", "images", "p.png"), data.ToArray());
    }

    public void Dispose() => Directory.Delete(_site, recursive: true);

    private PageWithoutDomTests.Rendered OnTokens(string body, bool numbering = false)
    {
        SiteConfig Config() => new() { Sections = { new FiguresConfig { Numbering = numbering } } };
        var rendered = PageWithoutDomTests.Render(body, siteDirectory: _site, config: Config());
        var withDom = PageWithoutDomTests.Render(body, alwaysDom: true, siteDirectory: _site, config: Config());
        Assert.False(rendered.BuiltDom);
        Assert.Equal(withDom.Fragment, rendered.Fragment);
        Assert.Equal(withDom.Diagnostics, rendered.Diagnostics);
        return rendered;
    }

    [Fact]
    public void A_raw_img_gets_loading_decoding_and_its_size_after_the_attributes_written()
    {
        var rendered = OnTokens("<p><img src=\"/images/p.png\" alt=x></p>\n");
        Assert.Equal("<p><img src=\"/images/p.png\" alt=\"x\" loading=\"lazy\" decoding=\"async\" width=\"12\" height=\"7\"></p>\n", rendered.Fragment);
    }

    [Fact]
    public void Attributes_the_author_set_are_kept_where_they_stand()
    {
        var rendered = OnTokens("<p><img height=3 decoding=sync src=\"/images/p.png\"></p>\n");
        Assert.Equal("<p><img height=\"3\" decoding=\"sync\" src=\"/images/p.png\" loading=\"lazy\"></p>\n", rendered.Fragment);
    }

    [Fact]
    public void A_missing_image_is_reported_at_its_line()
    {
        var rendered = OnTokens("Text.\n\n<p><img src=\"gone.png\"></p>\n");
        Assert.Equal("<p>Text.</p>\n<p><img src=\"gone.png\" loading=\"lazy\" decoding=\"async\"></p>\n", rendered.Fragment);
        // Line 3 of the body, whose first line is line 4 of the file.
        Assert.Equal(["content/posts/p.md(6,1): warning SM4010: image 'gone.png' not found (looked in content/, static/ and next to the page)"],
            rendered.Diagnostics);
    }

    [Fact]
    public void A_raw_figure_with_an_image_gets_the_figure_class_as_the_class_list_writes_it()
    {
        var rendered = OnTokens("<figure class=\" wide  wide\"><img src=\"https://example.org/a.png\"></figure>\n\n<figure id=f><figcaption>Code</figcaption></figure>\n");
        Assert.Equal("<figure class=\"wide figure\"><img src=\"https://example.org/a.png\" loading=\"lazy\" decoding=\"async\"></figure>\n"
            + "<figure id=f><figcaption>Code</figcaption></figure>\n", rendered.Fragment);
    }

    [Fact]
    public void Numbered_figures_get_their_label_and_references_their_number()
    {
        var rendered = OnTokens("""
            ![First](https://example.org/1.png)

            <figure id="fig-b"><img src="https://example.org/2.png"><figcaption>Second <em>one</em></figcaption></figure>
            """, numbering: true);
        Assert.Contains("<figcaption><span class=\"figure__label\">Figure 2:</span> Second <em>one</em></figcaption>", rendered.Fragment, StringComparison.Ordinal);
        Assert.Contains("<span class=\"figure__label\">Figure 1:</span> First</figcaption>", rendered.Fragment, StringComparison.Ordinal);
    }
}
