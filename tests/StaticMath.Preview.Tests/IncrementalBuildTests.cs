using System.Text;
using StaticMath.Site.Build;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Output;

namespace StaticMath.Preview.Tests;

/// <summary>A <see cref="SiteSession"/> rebuild redoes only what changed, and gives the same bytes as a fresh build.</summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private readonly TestSite _site = new();
    private readonly SiteSession _session;

    public IncrementalBuildTests() => _session = new SiteSession(new BuildOptions { SourceDirectory = _site.Directory, NoCache = true });

    public void Dispose() => _site.Dispose();

    private MemoryOutput Build()
    {
        var output = new MemoryOutput();
        var result = _session.Build(output, null, "(memory)");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return output;
    }

    private static string Text(MemoryOutput output, string path) => output.Find(path)!.Text!;

    // Stamps are length + write time: make a rewrite of the same length visible even on coarse clocks.
    private void Touch(string relative) => File.SetLastWriteTimeUtc(_site.PathOf(relative), DateTime.UtcNow.AddSeconds(5));

    [Fact]
    public void A_build_without_changes_renders_and_lays_out_nothing()
    {
        Build();
        Assert.Equal(4, _session.LastBodiesRendered); // three posts and a page
        Build();
        Assert.Equal(0, _session.LastBodiesRendered);
        Assert.Equal(0, _session.LastPagesLaidOut);
    }

    [Fact]
    public void Editing_one_post_body_renders_only_that_post()
    {
        var before = Build();
        _site.Write("content/posts/2024-01-01-first.md", "---\ntitle: First\ntags: [alpha]\n---\n\nA rewritten body: $x_1$.\n");
        Touch("content/posts/2024-01-01-first.md");
        var after = Build();
        Assert.Equal(1, _session.LastBodiesRendered);
        Assert.Equal(1, _session.LastPagesLaidOut);
        Assert.Contains("A rewritten body", Text(after, "posts/first/index.html"));
        Assert.Equal(Text(before, "posts/third/index.html"), Text(after, "posts/third/index.html"));
        Assert.Contains("A rewritten body", Text(after, "feed.xml"));
    }

    [Fact]
    public void An_edit_below_a_posts_excerpt_remakes_its_feeds_but_no_list_page()
    {
        _site.Write("content/posts/2024-01-01-first.md", "---\ntitle: First\ntags: [alpha]\n---\n\nThe first post: $a^2+b^2=c^2$.\n\nA later paragraph.\n");
        var before = Build();
        _site.Write("content/posts/2024-01-01-first.md", "---\ntitle: First\ntags: [alpha]\n---\n\nThe first post: $a^2+b^2=c^2$.\n\nA changed paragraph.\n");
        Touch("content/posts/2024-01-01-first.md");
        var after = Build();
        Assert.Equal(1, _session.LastBodiesRendered);
        Assert.Equal(3, _session.LastGeneratedMade); // its feed entry, the site's feed and the alpha tag's feed
        Assert.Contains("A changed paragraph", Text(after, "feed.xml"));
        Assert.Contains("A changed paragraph", Text(after, "tags/alpha/feed.xml"));
        foreach (var list in new[] { "index.html", "page/2/index.html", "tags/alpha/index.html", "tags/index.html", "sitemap.xml" })
            Assert.Same(before.Find(list)!.Text, after.Find(list)!.Text);
    }

    // Lists show a post's reading time, not its word count: adding a sentence changes the count, rarely the minutes.
    [Fact]
    public void An_edit_that_changes_a_posts_word_count_but_not_its_reading_time_remakes_no_list_page()
    {
        _site.Write("content/posts/2024-01-01-first.md", "---\ntitle: First\ntags: [alpha]\n---\n\nThe first post: $a^2+b^2=c^2$.\n\nA later paragraph.\n");
        var before = Build();
        _site.Write("content/posts/2024-01-01-first.md", "---\ntitle: First\ntags: [alpha]\n---\n\nThe first post: $a^2+b^2=c^2$.\n\nA later paragraph, now with more words in it.\n");
        Touch("content/posts/2024-01-01-first.md");
        var after = Build();
        Assert.Equal(3, _session.LastGeneratedMade); // its feed entry, the site's feed and the alpha tag's feed
        foreach (var list in new[] { "page/2/index.html", "tags/alpha/index.html" })
            Assert.Same(before.Find(list)!.Text, after.Find(list)!.Text);

        // Enough words to read for another minute: the lists showing the post are laid out again.
        _site.Write("content/posts/2024-01-01-first.md", "---\ntitle: First\ntags: [alpha]\n---\n\nThe first post: $a^2+b^2=c^2$.\n\n"
            + string.Concat(Enumerable.Repeat("word ", 300)) + "\n");
        Touch("content/posts/2024-01-01-first.md");
        var longer = Build();
        Assert.Contains("2 min read", Text(longer, "tags/alpha/index.html"));
        Assert.Contains("2 min read", Text(longer, "page/2/index.html"));
    }

    [Fact]
    public void A_layout_showing_word_counts_makes_lists_follow_the_word_count()
    {
        _site.Write("layouts/partials/post-list.liquid", "{% for post in posts %}<li>{{ post.title }}: {{ post.word_count }} words</li>{% endfor %}");
        _site.Write("content/posts/2024-01-01-first.md", "---\ntitle: First\ntags: [alpha]\n---\n\nThe first post.\n\nA later paragraph.\n");
        Build();
        _site.Write("content/posts/2024-01-01-first.md", "---\ntitle: First\ntags: [alpha]\n---\n\nThe first post.\n\nA later paragraph, now longer.\n");
        Touch("content/posts/2024-01-01-first.md");
        var after = Build();
        Assert.Contains("First: 8 words", Text(after, "tags/alpha/index.html"));
    }

    [Fact]
    public void Retitling_a_post_remakes_the_lists_that_show_it()
    {
        Build();
        _site.Write("content/posts/2024-01-01-first.md", "---\ntitle: First, retitled\ntags: [alpha]\n---\n\nThe first post: $a^2+b^2=c^2$.\n");
        Touch("content/posts/2024-01-01-first.md");
        var after = Build();
        Assert.Contains("First, retitled", Text(after, "page/2/index.html"));
        Assert.Contains("First, retitled", Text(after, "tags/alpha/index.html"));
        Assert.Contains("First, retitled", Text(after, "feed.xml"));
    }

    [Fact]
    public void Editing_a_layout_lays_out_every_page_again_without_rendering_bodies()
    {
        Build();
        _site.Write("layouts/post.liquid", "---\nlayout: base\n---\n<article class=\"changed-layout\">{{ content }}</article>\n");
        var after = Build();
        Assert.Equal(0, _session.LastBodiesRendered);
        Assert.True(_session.LastPagesLaidOut >= 4, _session.LastPagesLaidOut.ToString());
        Assert.Contains("changed-layout", Text(after, "posts/first/index.html"));
    }

    [Fact]
    public void Changing_an_include_renders_only_the_pages_that_used_it()
    {
        Build();
        _site.Write("_includes/note.html", "<em>a different note</em>");
        Touch("_includes/note.html");
        var after = Build();
        Assert.Equal(1, _session.LastBodiesRendered);
        Assert.Contains("a different note", Text(after, "posts/second/index.html"));
    }

    // "Looked for and absent" is a dependency on that path, not a reason to render the page on every rebuild.
    [Theory]
    [InlineData("Later: {% include later.html %}.", "_includes/later.html", "<em>included later</em>")]
    [InlineData("Later: {% include later.html %}.", "themes/default/includes/later.html", "<em>included later</em>")]
    [InlineData("Cited [@knuth].", "_bibliography/refs.bib", "@book{knuth, title={The TeXbook}, author={Knuth, Donald}, year={1984}}")]
    [InlineData("Cited <d-cite key=\"knuth\"></d-cite>.", "_bibliography/refs.bib", "@book{knuth, title={The TeXbook}, author={Knuth, Donald}, year={1984}}")]
    public void A_page_missing_a_file_is_rendered_again_when_the_file_appears_and_not_on_unrelated_edits(string body, string missingFile, string fileText)
    {
        _site.Write("content/posts/2024-01-03-third.md", $"---\ntitle: Third\nbibliography: refs.bib\n---\n\n{body}\n");
        var first = _session.Build(new MemoryOutput(), null, "(memory)");
        Assert.Contains(first.Diagnostics, d => d.Path == "content/posts/2024-01-03-third.md" && d.Code is DiagnosticCodes.MissingInclude or DiagnosticCodes.MissingBibliography);

        _site.Write("content/about.md", "---\ntitle: About\n---\n\nAn unrelated edit.\n");
        Touch("content/about.md");
        var unrelated = _session.Build(new MemoryOutput(), null, "(memory)");
        Assert.Equal(1, _session.LastBodiesRendered);
        Assert.Equal(first.WarningCount, unrelated.WarningCount);

        _site.Write(missingFile, fileText);
        var after = new MemoryOutput();
        var found = _session.Build(after, null, "(memory)");
        Assert.Equal(1, _session.LastBodiesRendered);
        Assert.DoesNotContain(found.Diagnostics, d => d.Path == "content/posts/2024-01-03-third.md");
        Assert.Contains(fileText.StartsWith('@') ? "TeXbook" : "included later", Text(after, "posts/third/index.html"));
    }

    [Fact]
    public void Build_wide_warnings_are_shown_again_by_rebuilds_that_reuse_the_pages_that_caused_them()
    {
        _site.Write("staticmath.yml", "title: Preview test\nbaseUrl: https://example.org/\nmath:\n  numbering: sometimes\n");
        _site.Write("_bibliography/refs.bib", "@book{knuth, title={The TeXbook}, year={1984}}\n@article{broken, title={Unclosed\n");
        _site.Write("content/posts/2024-01-02-second.md", "---\ntitle: Second\nbibliography: refs.bib\n---\n\nCited [@knuth].\n");
        static List<Diagnostic> BuildWide(BuildResult result) =>
            result.Diagnostics.Where(d => d.Code is DiagnosticCodes.MathSetting or DiagnosticCodes.BibliographySyntax).ToList();
        var expected = BuildWide(_session.Build(new MemoryOutput(), null, "(memory)"));
        Assert.Contains(expected, d => d.Code == DiagnosticCodes.MathSetting);
        Assert.Contains(expected, d => d.Code == DiagnosticCodes.BibliographySyntax && d.Path == "_bibliography/refs.bib");

        // A one-post edit that reuses the page citing the bad .bib, then a rebuild that renders no page at all.
        _site.Write("content/about.md", "---\ntitle: About\n---\n\nAn unrelated edit.\n");
        Touch("content/about.md");
        Assert.Equal(expected, BuildWide(_session.Build(new MemoryOutput(), null, "(memory)")));
        Assert.Equal(1, _session.LastBodiesRendered);
        _site.Write("static/files/notes.txt", "a new file");
        Assert.Equal(expected, BuildWide(_session.Build(new MemoryOutput(), null, "(memory)")));
        Assert.Equal(0, _session.LastBodiesRendered);
    }

    private BuildResult BuildWithChanges(params string[] changed) =>
        _session.Build(new MemoryOutput(), null, "(memory)", changed: ChangedFiles.Of(_site.Directory, changed.Select(_site.PathOf)));

    [Fact]
    public void Given_the_watchers_changed_paths_a_one_post_edit_looks_at_that_file_only()
    {
        Build();
        _site.Write("content/posts/2024-01-01-first.md", "---\ntitle: First\ntags: [alpha]\n---\n\nEdited: $x_1$.\n");
        Assert.True(BuildWithChanges("content/posts/2024-01-01-first.md").Succeeded);
        Assert.Equal(1, _session.LastFilesLookedAt);
        Assert.Equal(1, _session.LastBodiesRendered);

        // Without them, every page's file and every file a page read is looked at again.
        _site.Write("content/posts/2024-01-01-first.md", "---\ntitle: First\ntags: [alpha]\n---\n\nEdited again: $x_2$.\n");
        Touch("content/posts/2024-01-01-first.md");
        Build();
        Assert.True(_session.LastFilesLookedAt >= 5, _session.LastFilesLookedAt.ToString());
        Assert.Equal(1, _session.LastBodiesRendered);
    }

    [Fact]
    public void Given_the_watchers_changed_paths_an_edit_does_not_walk_the_content_folders_but_a_new_or_deleted_file_does()
    {
        Build();
        _site.Write("content/posts/2024-01-01-first.md", "---\ntitle: First\ntags: [alpha]\n---\n\nEdited.\n");
        Assert.True(BuildWithChanges("content/posts/2024-01-01-first.md").Succeeded);
        Assert.Equal(0, _session.LastFoldersWalked);

        _site.Write("content/posts/2024-02-01-new.md", "---\ntitle: New\n---\n\nA new post.\n");
        var added = new MemoryOutput();
        _session.Build(added, null, "(memory)", changed: ChangedFiles.Of(_site.Directory, [_site.PathOf("content/posts/2024-02-01-new.md")]));
        Assert.Equal(1, _session.LastFoldersWalked);
        Assert.Contains("A new post", Text(added, "posts/new/index.html"));

        File.Delete(_site.PathOf("static/files/paper.pdf"));
        var removed = new MemoryOutput();
        _session.Build(removed, null, "(memory)", changed: ChangedFiles.Of(_site.Directory, [_site.PathOf("static/files/paper.pdf")]));
        Assert.Equal(1, _session.LastFoldersWalked);
        Assert.Null(removed.Find("files/paper.pdf"));
        Assert.NotNull(removed.Find("posts/new/index.html"));
    }

    [Fact]
    public void A_content_folder_problem_is_reported_again_by_rebuilds_that_reuse_its_file_list()
    {
        var outside = Path.Combine(Path.GetTempPath(), "sm-outside-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            File.CreateSymbolicLink(_site.PathOf("content/leak"), outside);
            var first = _session.Build(new MemoryOutput(), null, "(memory)");
            Assert.Contains(first.Diagnostics, d => d.Code == DiagnosticCodes.OutsideSite && d.Path == "content/leak");
            _site.Write("content/about.md", "---\ntitle: About\n---\n\nEdited.\n");
            var again = BuildWithChanges("content/about.md");
            Assert.Equal(0, _session.LastFoldersWalked);
            Assert.Contains(again.Diagnostics, d => d.Code == DiagnosticCodes.OutsideSite && d.Path == "content/leak");
        }
        finally
        {
            Directory.Delete(outside);
        }
    }

    [Fact]
    public void A_folder_reported_renamed_affects_every_file_that_was_read_from_it()
    {
        Build();
        Directory.Move(_site.PathOf("_includes"), _site.PathOf("_old_includes"));
        var result = BuildWithChanges("_includes", "_old_includes");
        Assert.Equal(1, _session.LastBodiesRendered);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingInclude && d.Path == "content/posts/2024-01-02-second.md");
    }

    [Fact]
    public void A_layout_edit_reported_by_the_watcher_lays_out_every_page_again()
    {
        _site.Write("layouts/post.liquid", "---\nlayout: base\n---\n<article class=\"first-layout\">{{ content }}</article>\n");
        Build();
        _site.Write("layouts/post.liquid", "---\nlayout: base\n---\n<article class=\"changed-layout\">{{ content }}</article>\n");
        var output = new MemoryOutput();
        _session.Build(output, null, "(memory)", changed: ChangedFiles.Of(_site.Directory, [_site.PathOf("layouts/post.liquid")]));
        Assert.Equal(0, _session.LastBodiesRendered);
        Assert.Contains("changed-layout", Text(output, "posts/first/index.html"));
    }

    [Fact]
    public void A_page_linking_to_a_file_that_appears_later_is_rendered_again()
    {
        _site.Write("content/about.md", "---\ntitle: About\n---\n\nThe [slides](talks/slides.pdf).\n");
        var before = Build();
        Assert.Contains("href=\"talks/slides.pdf\"", Text(before, "about/index.html"));
        _site.Write("content/talks/slides.pdf", "%PDF-1.4 slides");
        var after = Build();
        Assert.Equal(1, _session.LastBodiesRendered);
        Assert.Contains("href=\"/talks/slides.pdf\"", Text(after, "about/index.html"));
    }

    [Fact]
    public void Changing_the_configuration_renders_everything()
    {
        Build();
        _site.Write("staticmath.yml", "title: Renamed site\nbaseUrl: https://example.org/\npaginate: 2\n");
        Touch("staticmath.yml");
        var after = Build();
        Assert.Equal(4, _session.LastBodiesRendered); // three posts and a page
        Assert.Contains("Renamed site", Text(after, "posts/first/index.html"));
    }

    [Fact]
    public void The_markdown_pipeline_is_kept_until_the_configuration_changes_and_its_settings_warnings_are_reported_every_build()
    {
        _site.Write("staticmath.yml", "title: Preview test\nbaseUrl: https://example.org/\nsecurity:\n  unsafeUrls: sometimes\n");
        static int SettingsWarnings(BuildResult result) => result.Diagnostics.Count(d => d.Message.Contains("security.unsafeUrls", StringComparison.Ordinal));
        Assert.Equal(1, SettingsWarnings(_session.Build(new MemoryOutput(), null, "(memory)")));
        _site.Write("content/posts/2024-01-01-first.md", "---\ntitle: First\n---\n\nEdited.\n");
        Touch("content/posts/2024-01-01-first.md");
        Assert.Equal(1, SettingsWarnings(_session.Build(new MemoryOutput(), null, "(memory)")));
        Assert.Equal(1, _session.PipelinesCreated);

        _site.Write("staticmath.yml", "title: Preview test\nbaseUrl: https://example.org/\n");
        Touch("staticmath.yml");
        Assert.Equal(0, SettingsWarnings(_session.Build(new MemoryOutput(), null, "(memory)")));
        Assert.Equal(2, _session.PipelinesCreated);
    }

    [Fact]
    public void After_a_series_of_edits_the_incremental_output_equals_a_fresh_build()
    {
        Build();
        _site.Write("content/posts/2024-01-01-first.md", "---\ntitle: First, retitled\ntags: [beta]\n---\n\nNew text and [a link](2024-01-03-third.md).\n");
        Touch("content/posts/2024-01-01-first.md");
        Build();
        _site.Write("content/posts/2024-03-01-new.md", "---\ntitle: Brand new\n---\n\n$$\\sum_k k$$\n");
        Build();
        File.Delete(_site.PathOf("content/posts/2024-01-02-second.md"));
        var incremental = Build();

        var fresh = new MemoryOutput();
        Assert.True(new SiteSession(new BuildOptions { SourceDirectory = _site.Directory, NoCache = true }).Build(fresh, null, "(memory)").Succeeded);
        Assert.Equal(fresh.Paths.Order(StringComparer.Ordinal), incremental.Paths.Order(StringComparer.Ordinal));
        foreach (var path in fresh.Paths.Where(p => fresh.Find(p)!.Text is not null))
            Assert.True(fresh.Find(path)!.Text == incremental.Find(path)!.Text, path);
    }
}
