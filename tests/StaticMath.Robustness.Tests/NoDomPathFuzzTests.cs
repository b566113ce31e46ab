using AngleSharp.Html.Parser;
using CsCheck;
using StaticMath.Site.Configuration;
using StaticMath.Site.Markdown.Extensions.VerbatimHtml;
using StaticMath.Site.Pipeline;

namespace StaticMath.Robustness.Tests;

/// <summary>
/// Pages that need no DOM are written from their tokens. Two properties keep that exact: any fragment the tokens accept
/// writes back as the DOM round trip does, and random Markdown renders the same page whether or not the DOM is built.
/// </summary>
public class NoDomPathFuzzTests
{
    private static readonly string[] HtmlPieces =
    [
        "<p>", "</p>", "<div class=\"a b\">", "</div>", "<span>", "</span>", "<em>", "</em>", "<strong>", "</strong>", "<a href=\"#x\">", "<a href=\"a&amp;b\">", "</a>",
        "<ul>", "</ul>", "<ol>", "</ol>", "<li>", "</li>", "<dl>", "</dl>", "<dt>", "</dt>", "<dd>", "</dd>", "<h2 id=\"h\">", "</h2>", "<h3>", "</h3>",
        "<pre>", "</pre>", "<code>", "</code>", "<blockquote>", "</blockquote>", "<table>", "</table>", "<thead>", "</thead>", "<tbody>", "</tbody>",
        "<tr>", "</tr>", "<td>", "</td>", "<th style=\"text-align: left\">", "</th>", "<figure>", "</figure>", "<figcaption>", "</figcaption>",
        "<br />", "<br>", "</br>", "<hr />", "<img src=\"x.png\" alt=\"a &lt; b &quot;c&quot; &gt;\" />", "<input type=\"checkbox\" disabled=\"disabled\" />",
        "<svg data-staticmath-svg=\"n:1\" aria-label=\"x&lt;y\"></svg>", "<svg viewBox=\"0 0 1 1\">", "</svg>", "<path d=\"M0\"/>",
        "<!-- c -->", "<!--x-->", "<script>", "</script>", "<textarea>", "<style>", "<b>", "</b>", "<i>", "</i>", "<div />", "<p id=\"a\" id=\"b\">",
        "text", " ", "\n", "\n\n", "&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&nbsp;", "\u00A0", "&#8617;", "&copy;", "&bogus;", "&", "<", ">", "\"", "'", "é", "\t",
    ];

    private static string DomRoundTrip(string fragment)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        document.Body!.InnerHtml = fragment;
        return LinearHtmlSerializer.InnerHtml(document.Body);
    }

    [Fact]
    public void Attribute_names_past_the_reader_s_table_of_known_names_still_read_and_write_back()
    {
        // More distinct names than the reader keeps strings for (1,024 a thread), read twice.
        var fragment = string.Concat(Enumerable.Range(0, 1_500).Select(i => $"<p><span data-n{i}=\"v{i}\" class=\"c\">x</span></p>"));
        for (var round = 0; round < 2; round++)
        {
            var tokens = FragmentTokens.Read(fragment);
            Assert.NotNull(tokens);
            Assert.Equal(DomRoundTrip(fragment), tokens.Write());
            Assert.Equal("v1499", tokens.Tokens.Where(t => t.IsStartTag("span")).Last().GetAttribute("data-n1499"));
        }
    }

    [Fact]
    public void Fragments_the_tokens_accept_write_back_as_the_DOM_round_trip()
    {
        var accepted = 0;
        Gen.OneOf(HtmlPieces).Array[0, 30].Select(p => string.Concat(p)).Sample(fragment =>
        {
            if (FragmentTokens.Read(fragment) is not { } tokens) return;
            accepted++;
            var written = tokens.Write();
            if (written != DomRoundTrip(fragment))
                throw new InvalidOperationException($"tokens write\n{written}\nbut the DOM writes\n{DomRoundTrip(fragment)}\nfor\n{fragment}");
        }, iter: FuzzSettings.Iterations(3000), threads: 1);
        Assert.True(accepted > 0, "no random fragment was accepted: the property tested nothing");
    }

    private static readonly string[] MarkdownPieces =
    [
        "# Heading\n", "## Sub $x$\n", "text ", "**bold** ", "_em_ ", "`code` ", "[link](/x/) ", "[ref](other.md) ", "[up](../a.md#b) ", "![img](i.png) ",
        "$x^2$", "$a<b$", ". ", ", ", ") ", "…", "\"", "'", "$$a=b$$ ", "$$\n\\begin{align}a&=b\\label{e}\\end{align}\n$$\n", "\\(y\\) ", "$\\eqref{e}$ ",
        "\n\n", "\n", "- item\n", "1. one\n", "> quote\n", "```python\nprint(1)\n```\n", "| a | b |\n|---|---|\n| $x$ | 2 |\n", "::: theorem\n", ":::\n",
        "> [!NOTE]\n> note\n", "[^1] ", "[^1]: foot $z$.\n", "[](#e) ", "[](#nowhere) ", "{:toc}\n", "[x](javascript:alert(1)) ", "<span>raw</span> ",
        "&amp; &lt; &copy; ", "Term\n: def\n", "<div class='x'>\n", "</div>\n", "<b>", "</b>", "<br/>", "<p>raw</p>\n",
        "<a href=\"other.md\">", "</a>", "<!-- c -->", "<td>", "<table>\n", "- [x] done\n", "***\n", "<", ">", "&", "*", "_", "[", "]", "(", ")", "|", "\u00A0",
        // Raw HTML kept as written (blocks, inline, a div opened and closed in two blocks), figures and headings with math.
        "<div>\n", "<span class=\"r\">", "</span>", "<em>raw</em> ", "<p>Para with <a href=\"other.md\">link</a> $x$</p>\n",
        "<figure id=\"fig-r\"><img src=\"/images/p.png\"><figcaption>Raw $x$</figcaption></figure>\n", "<figure>\n", "</figure>\n",
        "<figcaption>Cap</figcaption>\n", "<img src=\"/images/p.png\" alt=\"p\">\n", "<img src=\"missing.png\" width=\"4\"> ",
        "<img src=\"/images/p.png\" loading=\"eager\" height=\"2\"> ", "![p](/images/p.png) ", "![q](https://example.org/q.png) ",
        "<figure class=\"figure\" id=\"fig-s\"><figcaption>Made</figcaption><img src=\"q.png\"></figure>\n", "[](#fig-r) ", "[](#fig-s) ",
        "<table>\n<tr><td>$x$ <img src=\"/images/p.png\"></td></tr>\n</table>\n", "<details>\n<summary>S</summary>\n", "</details>\n",
        "- <b>item</b> $y$\n", "| a | b |\n|---|---|\n| <i>c</i> | <img src=\"/images/p.png\"> |\n", "<h2 id=\"raw\">Raw $z$</h2>\n",
        "## Sub $x$ {#mine}\n", "## $y$ again\n", "### Sub $x$\n", "[](#sub-x) ", "[to](#sub-) ", "[to](#sub--1) ", "<a href=\"#sub-\">old</a> ",
    ];

    // Pieces that keep the page's HTML balanced (blocks start after a blank line; what a raw block opens, one closes),
    // so that most pages with raw HTML take the tokens.
    private static readonly string[] BalancedPieces =
    [
        "text ", "$x$. ", "**bold** ", "[up](../a.md#b) ", "[to](#sub-) ", "[to](#raw) ", "<a href=\"#sub-x\">old</a> ", "<span class=\"r\">raw</span> ",
        "<em>raw</em>, ", "<b>bold</b>. ", "<img src=\"missing.png\" width=\"4\"> ", "<img src=\"/images/p.png\" loading=\"eager\" height=\"2\"> ",
        "![p](/images/p.png) ", "<br> ", "<!-- c --> ",
        "\n\n# Heading\n\n", "\n\n## Sub $x$\n\n", "\n\n## Sub $x$ {#mine}\n\n", "\n\n## $y$ again\n\n", "\n\n### Sub $x$, *more*\n\n",
        "\n\n- <b>item</b> $y$\n- two\n\n", "\n\n<div>\n\nInside *md* $x$.\n\n</div>\n\n", "\n\n<div class='x'   >\n<p>raw</p>\n</div >\n\n",
        "\n\n<p>Para with <a href=\"other.md\">link</a></p>\n\n", "\n\n<!-- c -->\n\n", "\n\n<hr/>\n\n",
        "\n\n<figure id=\"fig-r\"><img src=\"/images/p.png\"><figcaption>Raw</figcaption></figure>\n\n",
        "\n\n<figure>\n\n![p](/images/p.png)\n\n<figcaption>Cap <em>it</em></figcaption>\n\n</figure>\n\n",
        "\n\n![q](https://example.org/q.png \"Q\")\n\n", "\n\n![Plot](/images/p.png){#fig-md}\n\n",
        "\n\n<figure class=\"  a a\" id=\"fig-s\"><figcaption>Made</figcaption><img src=\"q.png\"></figure>\n\n",
        "\n\n<figure class=\"b\"><figcaption>Only text</figcaption></figure>\n\n", "\n\n<table>\n<tbody><tr><td><img src=\"/images/p.png\"></td></tr></tbody>\n</table>\n\n",
        "\n\n<details>\n<summary>S</summary>\n\nBody $x$.\n\n</details>\n\n", "\n\n| a | b |\n|---|---|\n| <i>c</i> | <img src=\"/images/p.png\"> |\n\n",
        "\n\n<h2 id=\"raw\">Raw head</h2>\n\n", "\n\n> quote <i>q</i>\n\n", "\n\n<p><img src=\"/images/p.png\" alt=\"a\"></p>\n\n",
    ];

    // A site folder with one real image, so that image sizes are read on both paths.
    private static readonly Lazy<string> SiteWithImage = new(() =>
    {
        var directory = Path.Combine(Path.GetTempPath(), "sm-fuzz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(directory, "static", "images"));
        using var bitmap = new SkiaSharp.SKBitmap(5, 3);
        using var data = bitmap.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(Path.Combine(directory, "static", "images", "p.png"), data.ToArray());
        // Shared by the tests of the run (a static fixture): removed when the test process ends, not left in the temp folder.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(directory, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        };
        return directory;
    });

    private static string Render(string body, bool alwaysDom, bool numberFigures = false)
    {
        var config = new SiteConfig { Sections = { new Site.Markdown.Extensions.Figures.FiguresConfig { Numbering = numberFigures } } };
        var rendered = PageRenderedBothWays.Render(body, config, SiteWithImage.Value, alwaysDom);
        var ctx = rendered.Context;
        if (!alwaysDom && ctx.FindFeature<RawHtmlRegions>() is { Count: > 0 } && rendered.WrittenFromTokens)
            Interlocked.Increment(ref s_rawHtmlOnTokens);
        return rendered.Fragment + "\n--- body end\n" + string.Join("\n", ctx.BodyEndHtml) + "\n--- diagnostics\n"
            + string.Join("\n", rendered.Diagnostics.Sorted()) + "\n--- uses page index: " + ctx.UsesPageIndex;
    }

    private static int s_rawHtmlOnTokens;

    [Fact]
    public void Random_markdown_with_balanced_raw_HTML_renders_the_same_with_and_without_the_DOM()
    {
        s_rawHtmlOnTokens = 0;
        Gen.Select(Gen.OneOf(BalancedPieces).Array[0, 20].Select(p => string.Concat(p)), Gen.Bool).Sample((body, numberFigures) =>
        {
            var asBuilt = Render(body, alwaysDom: false, numberFigures);
            var withDom = Render(body, alwaysDom: true, numberFigures);
            if (asBuilt != withDom)
                throw new InvalidOperationException($"without the DOM:\n{asBuilt}\nwith it:\n{withDom}\nfor (figures numbered: {numberFigures})\n{body}");
        }, iter: FuzzSettings.Iterations(300), threads: 1);
        Assert.True(s_rawHtmlOnTokens > 100, $"only {s_rawHtmlOnTokens} pages with raw HTML took the tokens: the raw regions' token path was hardly tested");
    }

    [Fact]
    public void Random_markdown_renders_the_same_with_and_without_the_DOM()
    {
        s_rawHtmlOnTokens = 0;
        Gen.Select(Gen.OneOf(MarkdownPieces).Array[0, 30].Select(p => string.Concat(p)), Gen.Bool).Sample((body, numberFigures) =>
        {
            var asBuilt = Render(body, alwaysDom: false, numberFigures);
            var withDom = Render(body, alwaysDom: true, numberFigures);
            if (asBuilt != withDom)
                throw new InvalidOperationException($"without the DOM:\n{asBuilt}\nwith it:\n{withDom}\nfor (figures numbered: {numberFigures})\n{body}");
        }, iter: FuzzSettings.Iterations(300), threads: 1);
        Assert.True(s_rawHtmlOnTokens > 0, "no page with raw HTML took the tokens: the raw regions' token path was not tested");
    }
}
