using System.Text;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Readers;

/// <summary>Feed entries a reader can afford: a size budget, each glyph once, and the TeX where SVG is stripped.</summary>
public sealed class FeedEntryTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>A long post: 120 paragraphs, each with the same few equations (as real posts repeat their symbols).</summary>
    private static string LongPost()
    {
        var body = new StringBuilder("---\ntitle: Long\n---\n");
        for (var i = 1; i <= 120; i++)
            body.Append($"Paragraph {i}: the loss $L(\\theta) = \\sum_i \\|y_i - f_\\theta(x_i)\\|^2$ falls as $\\eta$ shrinks.\n\n");
        return body.ToString();
    }

    private static (TempSite Site, XElement Entry) Build(string config)
    {
        var site = new TempSite()
            .With("staticmath.yml", "title: Feed\nbaseUrl: https://example.org\n" + config)
            .With("content/posts/2026-01-01-long.md", LongPost());
        var result = site.Build();
        Assert.True(result.OutputWritten, string.Join("\n", result.Diagnostics));
        return (site, XDocument.Parse(site.Read("feed.xml")).Root!.Element(Atom + "entry")!);
    }

    private static IElement Content(XElement entry) =>
        new HtmlParser().ParseDocument("<body>" + entry.Element(Atom + "content")!.Value + "</body>").Body!;

    [Fact]
    public void An_entry_over_its_budget_keeps_the_blocks_that_fit_and_links_to_the_post()
    {
        var (site, entry) = Build("feedEntryKilobytes: 24\n");
        using var _ = site;
        var html = entry.Element(Atom + "content")!.Value;
        var content = Content(entry);

        Assert.True(Encoding.UTF8.GetByteCount(html) <= 24 * 1024, $"entry is {Encoding.UTF8.GetByteCount(html)} bytes");
        var paragraphs = content.QuerySelectorAll("p").ToList();
        Assert.InRange(paragraphs.Count, 3, 119);
        Assert.StartsWith("Paragraph 1:", paragraphs[0].TextContent);
        var more = content.QuerySelector("p.feed-continue > a")!;
        Assert.Equal("https://example.org/posts/long/", more.GetAttribute("href"));
        // Every equation kept is whole: its glyphs are all defined.
        var defined = content.QuerySelectorAll("defs path[id]").Select(p => p.Id!).ToHashSet();
        Assert.All(content.QuerySelectorAll("use"), use => Assert.Contains(use.GetAttribute("href")![1..], defined));
    }

    [Fact]
    public void Without_a_budget_the_whole_post_is_in_the_entry_with_each_glyph_defined_once()
    {
        var (site, entry) = Build("feedEntryKilobytes: 0\n");
        using var _ = site;
        var content = Content(entry);

        Assert.Equal(120, content.QuerySelectorAll("p").Length);
        Assert.Null(content.QuerySelector(".feed-continue"));
        var defined = content.QuerySelectorAll("defs path[id]").Select(p => p.Id!).ToList();
        Assert.Equal(defined.Distinct().Count(), defined.Count);
        Assert.True(defined.Count < 40, $"{defined.Count} glyph definitions for a handful of symbols");
        Assert.True(content.QuerySelectorAll("use").Length > 10 * defined.Count, "glyphs are referenced, not copied");
    }

    /// <summary>
    /// A budgeted entry is made from a prefix of the content (ending at a top-level block), never the whole page, and the
    /// glyph outlines are scanned, not parsed: it must be the entry made by parsing both whole, at every budget (0: none),
    /// for a post with display equations, tags, lists and a table.
    /// </summary>
    [Fact]
    public void A_budgeted_entry_made_from_a_prefix_is_the_entry_of_the_whole_content()
    {
        var body = new StringBuilder("---\ntitle: Mixed\n---\n");
        for (var i = 1; i <= 30; i++)
            body.Append($"## Part {i}\n\nThe loss $L_{i}(\\theta)$ is\n\n$$\n\\begin{{align}} a_{i} &= b \\tag{{{i}}} \\\\ c &= d_{i}\n\\end{{align}}\n$$\n\n")
                .Append("- one $x$\n- two\n\n| a | b |\n|---|---|\n| $y$ | 2 |\n\n");
        using var site = new TempSite()
            .With("staticmath.yml", "title: Feed\nbaseUrl: https://example.org\n")
            .With("content/posts/2026-01-01-mixed.md", body.ToString());
        Assert.True(site.Build().OutputWritten);
        var page = new HtmlParser().ParseDocument(site.Read("posts/mixed/index.html"));
        var content = page.QuerySelector("[data-staticmath-content]")!.InnerHtml;
        var glyphs = string.Concat(page.QuerySelectorAll("svg[aria-hidden] defs").Select(d => d.ParentElement!.OuterHtml));
        Assert.Contains("math-tags", content);
        Assert.Contains("<path", glyphs);

        // The same content with its SVGs held aside, as a page's fragment keeps them until it is written.
        var slots = new StaticMath.Site.Markdown.Extensions.Math.MathSvgSlots();
        var held = System.Text.RegularExpressions.Regex.Replace(content, "<svg[^>]*aria-label=\"[^\"]*\"[^>]*>.*?</svg>|<svg aria-hidden[^>]*>.*?</svg>",
            m => m.Value.Contains("<defs>", StringComparison.Ordinal) ? m.Value : slots.Hold(new StaticMath.Site.Markdown.Extensions.Math.EquationSvg(m.Value, null, m.Value.Length)),
            System.Text.RegularExpressions.RegexOptions.Singleline);
        var fragment = new StaticMath.Site.Engine.PageFragment(held, slots);
        Assert.True(held.Length * 2 < content.Length, "most of the content is its SVGs");
        Assert.Equal(content, fragment.Html);
        // Each block end of the held text is where the same block ends with the SVGs in.
        var ends = Pipeline.HtmlTopLevelBlocks.Ends(held).ToList();
        Assert.True(ends.Count > 20);
        Assert.All(ends, end => Assert.Equal(fragment.WithSvgs(held[..end]).Length, fragment.HtmlPositionOf(end)));

        for (var kilobytes = 0; kilobytes <= 64; kilobytes = kilobytes == 0 ? 1 : kilobytes * 2)
        {
            var whole = Output.FeedHtml.ForEntryParsedWhole(content, glyphs, "https://example.org/posts/mixed/", kilobytes * 1024);
            Assert.Equal(whole, Output.FeedHtml.ForEntry(content, glyphs, "https://example.org/posts/mixed/", kilobytes * 1024));
            Assert.Equal(whole, Output.FeedHtml.ForEntry(fragment, glyphs, "https://example.org/posts/mixed/", kilobytes * 1024));
        }
    }

    /// <summary>
    /// Miniflux's sanitiser keeps only its allow-listed tags (no svg, title, path or use) and keeps the text of the tags it
    /// drops, except inside script, style and noscript: the TeX of every equation must survive it, in reading order.
    /// </summary>
    [Fact]
    public void The_tex_of_every_equation_survives_a_sanitiser_that_strips_svg()
    {
        var (site, entry) = Build("feedEntryKilobytes: 0\n");
        using var _ = site;
        var text = SanitisedText(Content(entry));

        Assert.Contains(@"Paragraph 1: the loss L(\theta) = \sum_i \|y_i - f_\theta(x_i)\|^2 falls as \eta shrinks.", text);
        Assert.Contains(@"Paragraph 120: the loss L(\theta)", text);
    }

    private static readonly HashSet<string> AllowedTags =
    [
        "a", "abbr", "acronym", "audio", "blockquote", "br", "caption", "cite", "code", "dd", "del", "dfn", "dl", "dt", "em",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "iframe", "img", "ins", "kbd", "li", "ol", "p", "picture",
        "pre", "q", "rp", "rt", "rtc", "ruby", "s", "samp", "source", "strong", "sub", "sup", "table", "td", "tfooter", "th",
        "thead", "time", "tr", "ul", "var", "video", "wbr",
    ];

    private static string SanitisedText(INode node) => node switch
    {
        IText t => t.Data,
        IElement e when e.LocalName is "script" or "style" or "noscript" => "",
        IElement e when AllowedTags.Contains(e.LocalName) && e.LocalName == "p" => string.Concat(e.ChildNodes.Select(SanitisedText)) + "\n",
        _ => string.Concat(node.ChildNodes.Select(SanitisedText)),
    };
}
