using StaticMath.Site.Build;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Tests.Foundation;

/// <summary>
/// A build into the same output folder keeps a page's file when nothing it was made from changed, and makes it again
/// when anything did: its file, a file its render used, a layout or include, the configuration, its neighbours, or the
/// file itself in the output. Whatever it keeps, the site is byte for byte the one a build from scratch makes.
/// </summary>
public class PageReuseTests
{
    private static TempSite Blog() => new TempSite()
        .With("staticmath.yml", "title: Reuse\nbaseUrl: https://example.org/\nfeedLimit: 2\n")
        .With("_includes/note.html", "<p class=\"note\">first note</p>")
        .With("content/posts/2026-01-01-first.md", "---\ntitle: First\ntags: [alpha]\n---\nFirst post with $x^2$ and {% include note.html %}\n")
        .With("content/posts/2026-02-01-second.md", "---\ntitle: Second\n---\nSecond post: $$\\int_0^1 f$$\n\n![missing](/nowhere.png)\n")
        .With("content/posts/2026-03-01-third.md", "---\ntitle: Third\n---\nThird post.[^1]\n\n[^1]: A footnote.\n")
        .With("content/about.md", "---\ntitle: About\n---\nAbout page, see [the first post](posts/2026-01-01-first.md).\n");

    [Fact]
    public void A_second_build_keeps_every_page_and_makes_the_same_site_as_a_build_from_scratch()
    {
        using var site = Blog();
        var first = Build(site);
        Assert.Equal(0, first.PagesReused);
        var second = Build(site);
        // First and about; the two newest posts too, with the feed entries they had.
        Assert.Equal(4, second.PagesReused);
        Assert.Equal(first.PagesWritten, second.PagesWritten);
        Assert.Equal(SiteFiles(site.Output), SiteFiles(FromScratch(site)));
    }

    [Fact]
    public void The_problems_of_a_kept_page_are_reported_again()
    {
        using var site = Blog();
        var first = Build(site);
        var second = Build(site);
        Assert.Contains(first.Diagnostics, d => d.Code == DiagnosticCodes.MissingImage);
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(4, second.PagesReused);
    }

    [Fact]
    public void An_edited_post_is_made_again_and_the_others_kept()
    {
        using var site = Blog();
        Build(site);
        site.With("content/posts/2026-03-01-third.md", "---\ntitle: Third\n---\nThird post, edited.\n");
        var second = Build(site);
        Assert.Equal(3, second.PagesReused);
        Assert.Contains("Third post, edited.", site.Read("posts/third/index.html"));
        Assert.Equal(SiteFiles(site.Output), SiteFiles(FromScratch(site)));
    }

    [Fact]
    public void A_changed_include_makes_the_page_that_used_it_again()
    {
        using var site = Blog();
        Build(site);
        site.With("_includes/note.html", "<p class=\"note\">second note, longer</p>");
        var second = Build(site);
        Assert.Contains("second note, longer", site.Read("posts/first/index.html"));
        Assert.Equal(SiteFiles(site.Output), SiteFiles(FromScratch(site)));
        Assert.Equal(0, second.PagesReused); // includes can be used by layouts too: every page is made again
    }

    [Fact]
    public void A_changed_bibliography_makes_again_only_the_page_that_cites_it()
    {
        using var site = Blog()
            .With("content/refs.bib", "@article{ho, author = {Ho, Jonathan}, title = {Denoising}, year = 2020}\n")
            .With("content/cites.md", "---\ntitle: Cites\nbibliography: refs.bib\n---\nSee [@ho].\n");
        Build(site);
        Assert.Equal(5, Build(site).PagesReused);
        site.With("content/refs.bib", "@article{ho, author = {Song, Yang}, title = {Denoising}, year = 2021}\n");
        var second = Build(site);
        Assert.Equal(4, second.PagesReused);
        Assert.Contains("Song 2021", site.Read("cites/index.html"));
        Assert.Equal(SiteFiles(site.Output), SiteFiles(FromScratch(site)));
    }

    [Fact]
    public void A_layout_or_configuration_change_makes_every_page_again()
    {
        using var site = Blog();
        Build(site);
        site.With("layouts/post.liquid", "---\nlayout: base\n---\n<article class=\"mine\">{{ content }}</article>\n");
        Assert.Equal(0, Build(site).PagesReused);
        Assert.Contains("class=\"mine\"", site.Read("posts/first/index.html"));
        Assert.Equal(4, Build(site).PagesReused);
        site.With("staticmath.yml", "title: Reuse, renamed\nbaseUrl: https://example.org/\nfeedLimit: 2\n");
        Assert.Equal(0, Build(site).PagesReused);
        Assert.Contains("Reuse, renamed", site.Read("about/index.html"));
        Assert.Equal(SiteFiles(site.Output), SiteFiles(FromScratch(site)));
    }

    [Fact]
    public void A_new_post_changes_the_neighbours_and_lists_so_every_page_is_made_again()
    {
        using var site = Blog();
        Build(site);
        site.With("content/posts/2026-04-01-fourth.md", "---\ntitle: Fourth\n---\nFourth post.\n");
        Assert.Equal(0, Build(site).PagesReused);
        Assert.Equal(SiteFiles(site.Output), SiteFiles(FromScratch(site)));
    }

    [Fact]
    public void An_output_file_changed_by_hand_is_made_again()
    {
        using var site = Blog();
        Build(site);
        var about = Path.Combine(site.Output, "about", "index.html");
        File.WriteAllText(about, "changed by hand");
        var second = Build(site);
        Assert.Equal(3, second.PagesReused);
        Assert.Contains("About page", File.ReadAllText(about));
        File.Delete(Path.Combine(site.Output, "posts", "first", "index.html"));
        Assert.Equal(3, Build(site).PagesReused);
        Assert.Equal(SiteFiles(site.Output), SiteFiles(FromScratch(site)));
    }

    [Fact]
    public void A_failed_build_leaves_the_records_of_the_output_still_there()
    {
        using var site = Blog();
        Build(site);
        site.With("content/broken.md", "---\ntitle: Broken\nlayout: nowhere\n---\nNo such layout.\n");
        var failed = Build(site);
        Assert.False(failed.Succeeded);
        File.Delete(Path.Combine(site.Root, "content", "broken.md"));
        // The failed build did not replace the output: the last good build's records still describe it.
        Assert.Equal(4, Build(site).PagesReused);
    }

    [Fact]
    public void No_cache_keeps_nothing_and_the_files_it_wrote_are_not_taken_for_the_last_records()
    {
        using var site = Blog();
        Build(site);
        Assert.Equal(0, Build(site, noCache: true).PagesReused);
        // The output now holds files the records do not describe (written later): all are made again.
        Assert.Equal(0, Build(site).PagesReused);
        Assert.Equal(4, Build(site).PagesReused);
    }

    [Fact]
    public void A_damaged_record_store_is_reported_once_and_every_page_made_again()
    {
        using var site = Blog();
        Build(site);
        var store = PageRecordStore.PathFor(site.Root);
        File.WriteAllBytes(store, Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray());
        var damaged = Build(site);
        Assert.True(damaged.Succeeded);
        Assert.Equal(0, damaged.PagesReused);
        Assert.Single(damaged.Diagnostics, d => d.Code == DiagnosticCodes.PageRecordsDamaged);
        var next = Build(site);
        Assert.DoesNotContain(next.Diagnostics, d => d.Code == DiagnosticCodes.PageRecordsDamaged);
        Assert.Equal(4, next.PagesReused);
        Assert.Equal(SiteFiles(site.Output), SiteFiles(FromScratch(site)));
    }

    [Fact]
    public void A_file_a_page_looked_for_and_did_not_find_makes_it_again_when_it_appears()
    {
        using var site = Blog();
        Build(site);
        site.With("static/nowhere.png", "not really a png");
        var second = Build(site);
        // The static file list is part of what relative links resolve to: every page is made again, and the
        // image is no longer reported missing.
        Assert.DoesNotContain(second.Diagnostics, d => d.Code == DiagnosticCodes.MissingImage);
        Assert.Equal(SiteFiles(site.Output), SiteFiles(FromScratch(site)));
    }

    [Fact]
    public void Records_of_an_output_folder_that_is_gone_are_dropped()
    {
        using var site = Blog();
        var other = Path.Combine(site.Root, "_other");
        Assert.True(SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, OutputDirectory = other, Now = TempSite.Now }).Succeeded);
        Build(site);
        using (var store = PageRecordStore.Open(PageRecordStore.PathFor(site.Root), out _))
            Assert.Equal(4, store.Load(other).Count);
        Directory.Delete(other, recursive: true);
        Build(site);
        using (var store = PageRecordStore.Open(PageRecordStore.PathFor(site.Root), out _))
        {
            Assert.Empty(store.Load(other));
            Assert.Equal(4, store.Load(site.Output).Count);
        }
    }

    [Fact]
    public void A_build_into_an_output_folder_that_is_gone_makes_every_page_without_looking_at_its_records_and_records_them_again()
    {
        using var site = Blog();
        Build(site);
        Directory.Delete(site.Output, recursive: true);
        var fresh = Build(site);
        Assert.Equal(0, fresh.PagesReused);
        Assert.DoesNotContain(fresh.Phases, p => p.Name == "page: last build's file not usable");
        Assert.Equal(SiteFiles(site.Output), SiteFiles(FromScratch(site)));
        Assert.Equal(4, Build(site).PagesReused);
    }

    private static BuildResult Build(TempSite site, bool noCache = false)
    {
        var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, Now = TempSite.Now, NoCache = noCache });
        return result;
    }

    /// <summary>The same site built into a new folder without any cache.</summary>
    private static string FromScratch(TempSite site)
    {
        var output = Path.Combine(site.Root, "_scratch");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, OutputDirectory = output, Now = TempSite.Now, NoCache = true });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return output;
    }

    private static SortedDictionary<string, string> SiteFiles(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith(".staticmath", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText), StringComparer.Ordinal);
}
