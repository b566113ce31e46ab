using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Tests.Foundation;

public class ContentLoaderTests
{
    private static (SiteContent Content, DiagnosticBag Diagnostics) Load(TempSite site, SiteConfig? config = null, bool drafts = false, bool future = false)
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions { SourceDirectory = site.Root, IncludeDrafts = drafts, IncludeFuture = future, Now = TempSite.Now };
        var content = new ContentLoader(config ?? new SiteConfig(), options, diagnostics).Load();
        return (content, diagnostics);
    }

    private static Page Single(SiteContent content) => Assert.Single(content.Pages);

    [Fact]
    public void Pages_read_on_all_cores_come_in_file_order_with_every_files_problems()
    {
        // Enough files for the threads to finish out of order; every seventh has broken front matter.
        using var site = new TempSite();
        for (var i = 0; i < 300; i++)
        {
            var folder = i % 3 == 0 ? "content/notes/" : "content/posts/";
            site.With($"{folder}{i:D3}-p.md", i % 7 == 0 ? "---\ntitle: [unclosed\n---\nBody\n" : $"---\ntitle: Page {i}\n---\nBody {i}\n");
            if (i % 10 == 0) site.With($"{folder}{i:D3}-image.png", "png");
        }

        var (content, diagnostics) = Load(site);
        var expected = Enumerable.Range(0, 300).Where(i => i % 7 != 0)
            .Select(i => (i % 3 == 0 ? "content/notes/" : "content/posts/") + $"{i:D3}-p.md")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, content.Pages.Select(p => p.SourcePath));
        Assert.All(content.Pages, p => Assert.EndsWith(p.Title[5..] + "\n", p.Body));
        Assert.Equal(Enumerable.Range(0, 300).Count(i => i % 7 == 0), diagnostics.Sorted().Count(d => d.Code == DiagnosticCodes.FrontMatterError));
        Assert.Equal(30, content.StaticFiles.Count);
    }

    [Fact]
    public void A_page_loader_that_fails_on_one_page_fails_the_load_with_its_own_exception()
    {
        using var site = new TempSite();
        for (var i = 0; i < 100; i++) site.With($"content/posts/{i:D3}-p.md", $"---\ntitle: Page {i}\n---\n");
        var loader = new ContentLoader(new SiteConfig(), new BuildOptions { SourceDirectory = site.Root, Now = TempSite.Now }, new DiagnosticBag())
        {
            PageLoader = (_, source, _) => source.EndsWith("042-p.md", StringComparison.Ordinal) ? throw new InvalidOperationException("page 42") : null,
        };
        Assert.Equal("page 42", Assert.Throws<InvalidOperationException>(() => loader.Load()).Message);
    }

    [Fact]
    public void Jekyll_file_name_gives_date_and_slug()
    {
        using var site = new TempSite().With("content/_posts/2026-02-20-my-first-post.md", "---\ntitle: Hi\n---\nText");
        var page = Single(Load(site).Content);
        Assert.Equal(PageKind.Post, page.Kind);
        Assert.Equal(new DateTimeOffset(2026, 2, 20, 0, 0, 0, TimeSpan.Zero), page.Date!.Value.Value);
        Assert.Equal("my-first-post", page.Slug);
        Assert.Equal("/posts/my-first-post/", page.Url);
        Assert.Equal("posts/my-first-post/index.html", page.OutputPath);
    }

    [Fact]
    public void Front_matter_date_and_slug_win_over_the_file_name()
    {
        using var site = new TempSite().With("content/posts/2026-02-20-old.md", "---\ndate: 2026-03-01 10:00:00 +01:00\nslug: Brand New!\n---\n");
        var page = Single(Load(site).Content);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)), page.Date!.Value.Value);
        Assert.Equal("brand-new", page.Slug);
    }

    [Theory]
    [InlineData("permalink: /notes/:year/:title/", "/notes/2026/post/")]
    [InlineData("permalink: /about.html", "/about.html")]
    [InlineData("url: /hugo/style", "/hugo/style/")]
    public void Permalink_and_url_set_the_address(string line, string expected)
    {
        using var site = new TempSite().With("content/posts/2026-01-05-post.md", $"---\n{line}\n---\n");
        Assert.Equal(expected, Single(Load(site).Content).Url);
    }

    [Fact]
    public void Configured_post_pattern_uses_date_tokens()
    {
        using var site = new TempSite().With("content/posts/2026-01-05-a-b.md", "---\ntitle: x\n---\n");
        var config = new SiteConfig { Permalinks = new PermalinkConfig { Posts = "/{year}/{month}/{day}/{slug}/" } };
        Assert.Equal("/2026/01/05/a-b/", Single(Load(site, config).Content).Url);
    }

    [Fact]
    public void Pages_take_their_path_and_index_files_their_folder()
    {
        using var site = new TempSite()
            .With("content/docs/getting-started.md", "# Getting started\n")
            .With("content/docs/index.md", "---\ntitle: Docs\n---\n")
            .With("content/index.md", "Welcome");
        var pages = Load(site).Content.Pages.ToDictionary(p => p.ContentPath);
        Assert.Equal("/docs/getting-started/", pages["docs/getting-started.md"].Url);
        Assert.Equal("Getting started", pages["docs/getting-started.md"].Title);
        Assert.Equal(PageKind.Page, pages["docs/getting-started.md"].Kind);
        Assert.Equal("/docs/", pages["docs/index.md"].Url);
        Assert.Equal("/", pages["index.md"].Url);
        Assert.Equal("index.html", pages["index.md"].OutputPath);
    }

    [Fact]
    public void Slugs_drop_accents_and_punctuation()
    {
        Assert.Equal("erdos-renyi-graphs-a-primer", Slug.From("Erdős–Rényi graphs: a primer!"));
        Assert.Equal("c-f-x", Slug.From("  C++ & f(x) "));
    }

    [Fact]
    public void Drafts_are_skipped_unless_asked_for()
    {
        using var site = new TempSite()
            .With("content/posts/a.md", "---\ntitle: A\ndraft: true\n---\n")
            .With("content/_drafts/b.md", "---\ntitle: B\n---\n")
            .With("content/posts/c.md", "---\ntitle: C\n---\n");
        var without = Load(site).Content;
        Assert.Equal(["C"], without.Pages.Select(p => p.Title));
        Assert.Equal(2, without.SkippedDrafts);
        Assert.Equal(3, Load(site, drafts: true).Content.Pages.Count);
    }

    [Fact]
    public void Future_posts_are_skipped_unless_asked_for()
    {
        using var site = new TempSite()
            .With("content/posts/2026-06-02-tomorrow.md", "x")
            .With("content/posts/2026-05-31-yesterday.md", "x")
            .With("content/posts/later.md", "---\ndate: 2026-06-01 12:30:00\n---\n");
        var without = Load(site).Content;
        Assert.Equal(["yesterday"], without.Pages.Select(p => p.Slug));
        Assert.Equal(2, without.SkippedFuture);
        Assert.Equal(3, Load(site, future: true).Content.Pages.Count);
    }

    [Fact]
    public void Authors_as_string_or_list_of_maps_become_maps_with_affiliation_lists()
    {
        using var site = new TempSite()
            .With("content/a.md", "---\nauthor: Ada Lovelace\n---\n")
            .With("content/b.md", "---\nauthors:\n  - name: Emmy Noether\n    url: https://example.org\n    affiliations:\n      name: Göttingen\n  - Alan Turing\n---\n");
        var pages = Load(site).Content.Pages.ToDictionary(p => p.ContentPath);
        Assert.Equal("Ada Lovelace", Assert.Single(pages["a.md"].Authors)["name"]);
        var b = pages["b.md"].Authors;
        Assert.Equal(2, b.Count);
        Assert.Equal("https://example.org", b[0]["url"]);
        var affiliation = Assert.IsType<Dictionary<string, object?>>(Assert.Single(Assert.IsType<List<object?>>(b[0]["affiliations"])));
        Assert.Equal("Göttingen", affiliation["name"]);
        Assert.Equal("Alan Turing", b[1]["name"]);
    }

    [Fact]
    public void Tags_as_list_or_string()
    {
        using var site = new TempSite()
            .With("content/posts/a.md", "---\ntags: [probability, sde]\n---\n")
            .With("content/posts/b.md", "---\ntags: probability sde\n---\n");
        foreach (var page in Load(site).Content.Pages)
            Assert.Equal(["probability", "sde"], page.Tags);
    }

    [Fact]
    public void Unreadable_date_is_a_warning_at_the_date_line_and_the_page_is_kept()
    {
        using var site = new TempSite().With("content/posts/a.md", "---\ntitle: A\ndate: someday\n---\n");
        var (content, diagnostics) = Load(site);
        Assert.Single(content.Pages);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.False(warning.IsError);
        Assert.Equal("content/posts/a.md", warning.Path);
        Assert.Equal(3, warning.Line);
        Assert.Equal("SM1110", warning.Code);
    }

    [Fact]
    public void Ambiguous_day_first_date_warns_with_file_line()
    {
        using var site = new TempSite().With("content/posts/a.md", "---\ndate: 04-05-2020\n---\n");
        var (content, diagnostics) = Load(site);
        Assert.Equal(new DateTimeOffset(2020, 5, 4, 0, 0, 0, TimeSpan.Zero), Single(content).Date!.Value.Value);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal("content/posts/a.md(2,1): warning SM1111: date: " + DateReader.Read("04-05-2020").Warning, warning.ToString());
    }

    [Fact]
    public void Malformed_front_matter_is_an_error_and_the_page_is_skipped()
    {
        using var site = new TempSite()
            .With("content/bad.md", "---\ntitle: [unclosed\n---\n")
            .With("content/good.md", "ok");
        var (content, diagnostics) = Load(site);
        Assert.Equal(["good.md"], content.Pages.Select(p => p.ContentPath));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.True(error.IsError);
        Assert.Equal("SM1101", error.Code);
        Assert.Equal("content/bad.md", error.Path);
        Assert.InRange(error.Line, 2, 3);
    }

    [Fact]
    public void Other_files_are_copied_but_not_dotfiles_or_underscore_folders()
    {
        using var site = new TempSite()
            .With("content/posts/img/plot.png", "png")
            .With("content/.hidden", "x")
            .With("content/_data/x.yml", "a: 1")
            .With("static/files/paper.pdf", "pdf");
        var files = Load(site).Content.StaticFiles.Select(f => f.OutputPath).ToList();
        Assert.Equal(["posts/img/plot.png", "files/paper.pdf"], files);
    }

    [Fact]
    public void Unsafe_permalink_is_an_error()
    {
        using var site = new TempSite().With("content/a.md", "---\ntitle: x\npermalink: /../../etc/\n---\n");
        var (content, diagnostics) = Load(site);
        Assert.Empty(content.Pages);
        Assert.Equal("SM1150", Assert.Single(diagnostics.Sorted()).Code);
    }

    [Fact]
    public void Markdown_extension_files_are_content_too()
    {
        using var site = new TempSite().With("content/posts/2020-01-01-long.markdown", "text");
        Assert.Equal("long", Single(Load(site).Content).Slug);
    }
}
