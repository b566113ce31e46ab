using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Readers;

/// <summary>Math where a picture cannot go (titles, meta tags, excerpts, ids, feeds) is its TeX, once.</summary>
public sealed class MathAsTextTests
{
    private const string Post = """
        ---
        title: 'Updating $\theta$ with $\nabla_\theta L$'
        tags: [ml]
        ---
        The parameter $\theta$ moves along $-\nabla_\theta L(\theta)$ with step $\eta > 0$.

        ## Choosing $\eta$

        See [the rule](#the-rule-theta_t1--theta_t---eta-g_t).

        ## Choosing $\theta$

        ### The rule $\theta_{t+1} = \theta_t - \eta g_t$

        $$
        \theta_{t+1} = \theta_t - \eta g_t \tag{1}
        $$

        ## Explicit {#mine}
        """;

    private static TempSite Site() => new TempSite()
        .With("staticmath.yml", "title: Text\nbaseUrl: https://example.org\n")
        .With("content/posts/2026-01-01-theta.md", Post);

    private static IDocument Parse(TempSite site, string path) => new HtmlParser().ParseDocument(site.Read(path));

    private static TempSite Built()
    {
        var site = Site();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return site;
    }

    [Fact]
    public void Title_meta_tags_and_social_cards_show_the_tex_once_without_dollars()
    {
        using var site = Built();
        var page = Parse(site, "posts/theta/index.html");

        Assert.Equal(@"Updating \theta with \nabla_\theta L · Text", page.Title);
        string? Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content");
        Assert.Equal(@"Updating \theta with \nabla_\theta L", Meta("meta[property='og:title']"));
        Assert.Equal(@"Updating \theta with \nabla_\theta L", Meta("meta[name='twitter:title']"));
        const string description = @"The parameter \theta moves along -\nabla_\theta L(\theta) with step \eta > 0.";
        Assert.Equal(description, Meta("meta[name=description]"));
        Assert.Equal(description, Meta("meta[property='og:description']"));
    }

    [Fact]
    public void Headings_and_post_lists_typeset_title_math_as_self_contained_svg()
    {
        using var site = Built();
        var h1 = Parse(site, "posts/theta/index.html").QuerySelector("h1.post-title")!;
        Assert.Equal(2, h1.QuerySelectorAll(".math-inline > svg").Length);
        Assert.DoesNotContain("$", string.Concat(h1.ChildNodes.OfType<IText>().Select(t => t.Data)), StringComparison.Ordinal);
        Assert.Empty(h1.QuerySelectorAll("use"));

        var home = Parse(site, "index.html");
        var listed = home.QuerySelector(".post-list-title")!;
        Assert.Equal(2, listed.QuerySelectorAll("svg").Length);
        Assert.Empty(listed.QuerySelectorAll("use"));
        Assert.NotEmpty(listed.QuerySelectorAll("svg path[d]"));
        Assert.Equal(@"The parameter \theta moves along -\nabla_\theta L(\theta) with step \eta > 0.", home.QuerySelector(".post-list-excerpt")!.TextContent);
    }

    [Fact]
    public void An_excerpt_keeps_the_words_of_math_with_angle_brackets_and_html_like_text()
    {
        // The equations' labels hold "<" and "<p>": read as markup they would swallow the words between them.
        using var site = new TempSite()
            .With("staticmath.yml", "title: T\nbaseUrl: https://example.org/\n")
            .With("content/posts/2026-01-01-order.md", "---\ntitle: Order\n---\nIf $a<b$ and $\\text{<p>}$ then $c>d$ holds.\n\nMore.\n");
        Assert.True(site.Build().Succeeded);
        var home = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.Read("index.html"));
        Assert.Equal(@"If a<b and \text{<p>} then c>d holds.", home.QuerySelector(".post-list-excerpt")!.TextContent);
    }

    [Fact]
    public void Heading_ids_spell_out_the_math_stay_unique_and_links_follow()
    {
        using var site = Built();
        var page = Parse(site, "posts/theta/index.html");
        var ids = page.QuerySelectorAll(".post-content h2, .post-content h3").Select(h => h.Id).ToList();

        Assert.Equal(["choosing-eta", "choosing-theta", "the-rule-theta_t1--theta_t---eta-g_t", "mine"], ids);
        Assert.NotNull(page.QuerySelector("a[href='#the-rule-theta_t1--theta_t---eta-g_t']"));
    }

    [Fact]
    public void Feed_entries_carry_self_contained_math_and_no_hidden_copy_text()
    {
        using var site = Built();
        var feed = XDocument.Parse(site.Read("feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = feed.Root!.Element(atom + "entry")!;

        Assert.Equal(@"Updating \theta with \nabla_\theta L", entry.Element(atom + "title")!.Value);
        var content = new HtmlParser().ParseDocument("<body>" + entry.Element(atom + "content")!.Value + "</body>").Body!;
        var svgs = content.QuerySelectorAll("svg[role=img], .math-inline--lines svg");
        Assert.NotEmpty(svgs);
        // Every glyph an equation uses is defined in the entry itself, once.
        var defined = content.QuerySelectorAll("defs path[id][d]").Select(p => p.Id!).ToList();
        Assert.Equal(defined.Distinct().Count(), defined.Count);
        Assert.All(content.QuerySelectorAll("use"), use => Assert.Contains(use.GetAttribute("href")![1..], defined));
        Assert.Empty(content.QuerySelectorAll(".math-tex, .math-tag-sizer, [style*='visibility']"));
        // Text outside the SVGs (their titles are tooltips) shows no TeX twice.
        var visible = content.Clone(deep: true) as AngleSharp.Dom.IElement;
        foreach (var svg in visible!.QuerySelectorAll("svg").ToList()) svg.Remove();
        Assert.DoesNotContain("$", visible.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(@"\theta", visible.TextContent, StringComparison.Ordinal);
        Assert.Equal("(1)", content.QuerySelector(".math-tag")!.TextContent);
    }

    [Fact]
    public void Feed_glyphs_keep_their_placement_and_are_defined_once_per_entry()
    {
        var html = "<p><span class=\"math-inline\"><svg viewBox=\"0 0 10 10\" role=\"img\" aria-label=\"a\"><use href=\"#g-1\" x=\"5\" y=\"-2\"></use><use href=\"#g-1\" transform=\"translate(1 2) scale(0.7)\"></use></svg><span class=\"math-tex\">$a$</span></span></p>";
        var defs = "<svg><defs><path id=\"g-1\" d=\"M0 0L1 1Z\"/><path id=\"g-2\" d=\"M9 9Z\"/></defs></svg>";

        var result = new HtmlParser().ParseDocument("<body>" + StaticMath.Site.Output.FeedHtml.ForEntry(html, defs, "https://example.org/p/", 0) + "</body>").Body!;

        Assert.Equal(["M0 0L1 1Z"], result.QuerySelectorAll("defs path").Select(p => p.GetAttribute("d")));
        var uses = result.QuerySelectorAll("p use").ToList();
        Assert.Equal(["5", null], uses.Select(u => u.GetAttribute("x")));
        Assert.Equal([null, "translate(1 2) scale(0.7)"], uses.Select(u => u.GetAttribute("transform")));
        Assert.Null(result.QuerySelector(".math-tex"));
    }
}
