using AngleSharp.Html.Parser;
using StaticMath.Site.Core;

namespace StaticMath.Site.Tests.Foundation;

public class SiteBuilderTests
{
    private static TempSite Blog() => new TempSite()
        .With("staticmath.yml", "title: Test Notes\nbaseUrl: https://example.org/\npaginate: 2\n")
        .With("content/posts/2026-01-01-first.md", "---\ntitle: First\ntags: [alpha]\n---\nFirst paragraph of the first post.\n")
        .With("content/posts/2026-02-01-second.md", "---\ntitle: Second\ntags: [alpha, Beta]\n---\nSecond *post*.\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n")
        .With("content/posts/2026-03-01-third.md", "---\ntitle: Third\n---\nThird post.[^1]\n\n[^1]: A footnote.\n")
        .With("content/about.md", "---\ntitle: About\n---\nAbout page.\n")
        .With("static/images/a.png", "not really a png");

    [Fact]
    public void Builds_pages_home_tags_feed_sitemap_and_404()
    {
        using var site = Blog();
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var path in new[] { "index.html", "page/2/index.html", "posts/first/index.html", "posts/second/index.html", "posts/third/index.html",
                     "about/index.html", "tags/alpha/index.html", "tags/beta/index.html", "tags/index.html", "feed.xml", "sitemap.xml", "404.html", "images/a.png" })
            Assert.True(site.Exists(path), path);
        Assert.Equal(10, result.PagesWritten); // 3 posts, about, 2 home pages, 2 tag pages, the tag index, 404
        Assert.Equal(0, result.ErrorCount);
    }

    [Fact]
    public void Reports_each_phase_once_with_its_item_count_in_the_order_it_ran()
    {
        using var site = Blog();
        var result = site.Build();
        var names = result.Phases.Select(p => p.Name).ToList();
        Assert.Equal(names.Distinct().Count(), names.Count);
        Assert.True(names.IndexOf("load (config, theme, pages' front matter, URLs)") < names.IndexOf("pages (parallel; page: lines are worker time)"));
        Assert.True(names.IndexOf("pages (parallel; page: lines are worker time)") < names.IndexOf("commit (replace the output folder)"));
        var pagePhase = result.Phases.Single(p => p.Name == "pages (parallel; page: lines are worker time)");
        Assert.Equal(4, pagePhase.Count); // 3 posts and about; the home pages are generated after them
        Assert.Equal(4, result.Phases.Single(p => p.Name == "page: Markdown parse").Count);
        Assert.Equal(2, result.Phases.Single(p => p.Name == "home pages").Count);
        // A page stage is summed over the workers, so on a busy machine it may exceed the build's wall time.
        Assert.All(result.Phases, p => Assert.True(p.Elapsed >= TimeSpan.Zero
            && p.Elapsed <= result.Elapsed * (p.Name.StartsWith("page:", StringComparison.Ordinal) ? Environment.ProcessorCount : 1), p.Name));
    }

    [Fact]
    public void Home_lists_posts_newest_first_and_paginates()
    {
        using var site = Blog();
        site.Build();
        var home = new HtmlParser().ParseDocument(site.Read("index.html"));
        Assert.Equal(["Third", "Second"], home.QuerySelectorAll(".post-list-title a").Select(a => a.TextContent));
        Assert.Equal("/page/2/", home.QuerySelector(".pagination-next")!.GetAttribute("href"));
        var second = new HtmlParser().ParseDocument(site.Read("page/2/index.html"));
        Assert.Equal(["First"], second.QuerySelectorAll(".post-list-title a").Select(a => a.TextContent));
    }

    [Fact]
    public void Markdown_extensions_render()
    {
        using var site = Blog();
        site.Build();
        var second = new HtmlParser().ParseDocument(site.Read("posts/second/index.html"));
        Assert.NotNull(second.QuerySelector(".post-content table"));
        Assert.Equal("Second", second.QuerySelector("h1.post-title")!.TextContent);
        var third = site.Read("posts/third/index.html");
        Assert.Contains("class=\"footnotes\"", third);
    }

    [Fact]
    public void Feed_is_atom_with_absolute_links_and_sitemap_lists_pages()
    {
        using var site = Blog();
        site.Build();
        var feed = System.Xml.Linq.XDocument.Parse(site.Read("feed.xml"));
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        Assert.Equal("Third", entries[0].Element(atom + "title")!.Value);
        Assert.Equal("https://example.org/posts/third/", entries[0].Element(atom + "id")!.Value);
        Assert.Equal("2026-03-01T00:00:00+00:00", feed.Root.Element(atom + "updated")!.Value);
        var sitemap = site.Read("sitemap.xml");
        Assert.Contains("<loc>https://example.org/about/</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/posts/first/</loc>", sitemap);
        Assert.DoesNotContain("404", sitemap);
    }

    [Fact]
    public void Base_path_prefixes_template_and_content_links()
    {
        using var site = new TempSite()
            .With("content/posts/2026-01-01-a.md", "See [about](/about/) and ![i](/img/x.png) and [ext](https://x.org/).")
            .With("content/about.md", "About");
        var result = site.Build(baseUrl: "https://me.github.io/notes/");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var doc = new HtmlParser().ParseDocument(site.Read("posts/a/index.html"));
        Assert.Equal("/notes/", doc.QuerySelector(".site-title")!.GetAttribute("href"));
        Assert.Equal("https://me.github.io/notes/posts/a/", doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        var links = doc.QuerySelectorAll(".post-content a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/notes/about/", "https://x.org/"], links);
        Assert.Equal("/notes/img/x.png", doc.QuerySelector(".post-content img")!.GetAttribute("src"));
    }

    [Fact]
    public void Duplicate_urls_are_an_error_naming_both_files()
    {
        using var site = new TempSite()
            .With("content/a.md", "---\npermalink: /same/\n---\nA")
            .With("content/b.md", "---\nurl: /same/\n---\nB")
            .With("content/c.md", "C");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SM1130", error.Code);
        Assert.Contains("content/a.md", error.Message);
        Assert.Contains("content/b.md", error.Message);
    }

    [Fact]
    public void A_broken_page_is_skipped_and_reported_while_others_build()
    {
        using var site = new TempSite()
            .With("content/bad.md", "---\ntitle: x\ntags: [a\n---\nBody")
            .With("content/unknown-layout.md", "---\nlayout: nosuch\n---\nBody")
            .With("content/good.md", "Good");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.False(result.OutputWritten);
        var codes = result.Diagnostics.Select(d => $"{d.Path}:{d.Code}").ToList();
        Assert.Contains("content/bad.md:SM1101", codes);
        Assert.Contains("content/unknown-layout.md:SM3140", codes);
        var unknown = result.Diagnostics.Single(d => d.Code == "SM3140");
        Assert.Equal(2, unknown.Line);
        Assert.Equal(3, result.PagesWritten); // good, home, 404; the two broken pages are not written
    }

    [Fact]
    public void Liquid_syntax_error_in_a_site_layout_is_reported_at_the_layout_line()
    {
        using var site = new TempSite()
            .With("layouts/page.liquid", "---\nlayout: base\n---\n<p>fine</p>\n{% if page.title %}\n<p>never closed</p>\n")
            .With("content/about.md", "About");
        var result = site.Build();
        Assert.False(result.Succeeded);
        var error = result.Diagnostics.First(d => d.Code == "SM3141");
        Assert.Equal("layouts/page.liquid", error.Path);
        Assert.True(error.Line >= 5, error.ToString());
        Assert.DoesNotContain('\n', error.ToString());
        Assert.EndsWith("; 1 page not written: content/about.md", error.Message);
        Assert.Single(result.Diagnostics);
    }

    [Fact]
    public void Site_layouts_override_theme_files_one_by_one()
    {
        using var site = new TempSite()
            .With("layouts/partials/footer.liquid", "<footer class=\"custom\">{{ site.motto }}</footer>")
            .With("staticmath.yml", "motto: Think in equations\n")
            .With("content/about.md", "About");
        Assert.True(site.Build().Succeeded);
        var html = site.Read("about/index.html");
        Assert.Contains("<footer class=\"custom\">Think in equations</footer>", html);
        Assert.Contains("class=\"site-header\"", html); // the rest still comes from the default theme
    }

    [Fact]
    public void A_failing_build_keeps_the_previous_output()
    {
        using var site = new TempSite().With("content/a.md", "First version");
        Assert.True(site.Build().Succeeded);
        Assert.Contains("First version", site.Read("a/index.html"));

        site.With("content/a.md", "Second version").With("content/broken.md", "---\n: : :\n---\n");
        var failed = site.Build();
        Assert.False(failed.Succeeded);
        Assert.False(failed.OutputWritten);
        Assert.Contains("First version", site.Read("a/index.html"));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));

        File.Delete(Path.Combine(site.Root, "content/broken.md"));
        Assert.True(site.Build().Succeeded);
        Assert.Contains("Second version", site.Read("a/index.html"));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
    }

    [Fact]
    public void Leftovers_of_an_interrupted_build_are_removed_and_stale_files_do_not_survive()
    {
        using var site = new TempSite().With("content/a.md", "A").With("content/b.md", "B");
        Assert.True(site.Build().Succeeded);
        Directory.CreateDirectory(Path.Combine(site.Root, "._site.building-deadbeef"));
        File.Delete(Path.Combine(site.Root, "content/b.md"));
        Assert.True(site.Build().Succeeded);
        Assert.False(site.Exists("b/index.html"));
        Assert.Empty(Directory.GetDirectories(site.Root, "._site.*"));
    }

    [Fact]
    public void Strict_turns_warnings_into_failure()
    {
        using var site = new TempSite().With("content/posts/a.md", "---\ndate: sometime\n---\nA");
        Assert.True(site.Build().Succeeded);
        var strict = site.Build(strict: true);
        Assert.False(strict.Succeeded);
        Assert.Equal(1, strict.WarningCount);
    }

    [Fact]
    public void Output_inside_content_is_refused()
    {
        using var site = new TempSite().With("content/a.md", "A");
        var result = StaticMath.Site.Build.SiteBuilder.Build(new StaticMath.Site.Core.BuildOptions { SourceDirectory = site.Root, OutputDirectory = site.Root });
        Assert.False(result.Succeeded);
        Assert.Equal("SM1005", Assert.Single(result.Diagnostics).Code);
        Assert.True(File.Exists(Path.Combine(site.Root, "content/a.md")));
    }

    [Fact]
    public void Static_file_colliding_with_a_page_is_an_error()
    {
        using var site = new TempSite().With("content/a.md", "A").With("static/a/index.html", "<p>x</p>");
        var result = site.Build();
        Assert.Equal("SM1131", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Templates_see_front_matter_extra_keys_and_site_extra_keys()
    {
        using var site = new TempSite()
            .With("staticmath.yml", "github: someone\n")
            .With("layouts/page.liquid", "{{ site.github }}|{{ page.subtitle }}|{{ page.title }}|{{ content }}")
            .With("content/x.md", "---\ntitle: X\nsubtitle: Sub\n---\nBody");
        Assert.True(site.Build().Succeeded);
        Assert.Equal("someone|Sub|X|<p>Body</p>\n", site.Read("x/index.html"));
    }

    [Fact]
    public void A_pages_equations_reach_its_file_whichever_way_a_layout_writes_its_content()
    {
        // The fragment keeps its SVGs aside until it is written: {{ content }} writes its pieces, while page.content, a
        // filter and a comparison read it as a string. All must give the page with its SVGs and no placeholder.
        using var site = new TempSite()
            .With("layouts/page.liquid", "[1]{{ content }}[2]{{ page.content }}[3]{{ content | upcase | downcase }}[4]{% if content != '' %}[5]{% endif %}")
            .With("content/x.md", "---\ntitle: X\n---\nSee $a<b$ and\n\n$$\\frac{1}{2}$$\n");
        Assert.True(site.Build().Succeeded);
        var html = site.Read("x/index.html");
        Assert.DoesNotContain("data-staticmath-svg", html, StringComparison.Ordinal);
        var content = html["[1]".Length..html.IndexOf("[2]", StringComparison.Ordinal)];
        Assert.Contains("math-display", content, StringComparison.Ordinal);
        Assert.Equal(2, content.Split("</svg>").Length - 1);
        Assert.Equal("[1]" + content + "[2]" + content + "[3]" + content.ToUpperInvariant().ToLowerInvariant() + "[4][5]", html);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        using var site = Blog();
        site.Build();
        var first = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        site.Build();
        var second = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        Assert.Equal(first, second);
    }
}

public class RelativeLinkTests
{
    [Fact]
    public void Relative_links_to_files_and_markdown_pages_point_at_their_published_urls()
    {
        using var site = new TempSite()
            .With("content/posts/2026-01-01-a.md", "![plot](img/plot.png) [next](2026-01-02-b.md#part) [up](../about.md) [elsewhere](../b/) [mail](mailto:x@y.z)")
            .With("content/posts/img/plot.png", "png")
            .With("content/posts/2026-01-02-b.md", "B")
            .With("content/about.md", "About");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.Read("posts/a/index.html"));
        Assert.Equal("/posts/img/plot.png", doc.QuerySelector(".post-content img")!.GetAttribute("src"));
        Assert.Equal(["/posts/b/#part", "/about/", "../b/", "mailto:x@y.z"], doc.QuerySelectorAll(".post-content a").Select(a => a.GetAttribute("href")));
        Assert.True(site.Exists("posts/img/plot.png"));
    }

    [Fact]
    public void Every_link_attribute_of_an_element_is_rewritten_in_raw_html_and_svg()
    {
        using var site = new TempSite()
            .With("content/posts/2026-01-01-a.md",
                "<video src=\"media/clip.mp4\" poster=\"media/still.png\"></video>\n\n<svg><a href=\"2026-01-02-b.md\"><text>b</text></a></svg>\n\n<a href=\"media/still.png\">still</a>")
            .With("content/posts/media/clip.mp4", "mp4")
            .With("content/posts/media/still.png", "png")
            .With("content/posts/2026-01-02-b.md", "B");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.Read("posts/a/index.html"));
        var video = doc.QuerySelector(".post-content video")!;
        Assert.Equal(("/posts/media/clip.mp4", "/posts/media/still.png"), (video.GetAttribute("src"), video.GetAttribute("poster")));
        Assert.Equal(["/posts/b/", "/posts/media/still.png"], doc.QuerySelectorAll(".post-content a").Select(a => a.GetAttribute("href")));
    }
}
