using StaticMath.Site.Core;

namespace StaticMath.Robustness.Tests;

/// <summary>
/// A symbolic link inside the site that leads out of it (to /etc/passwd, a home folder) is never read or published:
/// static files, posts, includes, layouts, bibliographies and the cache folder each get a located SM1402, and the
/// rest of the site still builds.
/// </summary>
public class SymlinkEscapeTests
{
    private const string Secret = "TOP-SECRET-OUTSIDE-THE-SITE";

    private static TempSite SiteWithSecretOutside()
    {
        var site = new TempSite();
        File.WriteAllText(Path.Combine(site.Root, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(site.Root, "secret.md"), "---\ntitle: Leaked\n---\n\n" + Secret + "\n");
        File.WriteAllText(Path.Combine(site.Root, "secret.html"), Secret);
        File.WriteAllText(Path.Combine(site.Root, "secret.liquid"), "<html><body>" + Secret + "{{ content }}</body></html>");
        File.WriteAllText(Path.Combine(site.Root, "secret.bib"), "@misc{k, title={" + Secret + "}}");
        site.Write("content/posts/2024-01-01-ok.md", "---\ntitle: Fine\n---\n\nThis post builds.\n");
        return site;
    }

    private static string AllOutput(TempSite site) =>
        Directory.Exists(site.Output) ? string.Concat(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(File.ReadAllText)) : "";

    private static void AssertRefused(TempSite site, Site.Build.BuildResult result, string pathEnd)
    {
        Assert.Contains(result.Diagnostics, d => d.Code == "SM1402" && d.IsError && d.Path.EndsWith(pathEnd, StringComparison.Ordinal));
        Assert.DoesNotContain(Secret, AllOutput(site));
    }

    [Fact]
    public void A_static_file_linked_to_etc_passwd_is_an_error_and_not_published()
    {
        using var site = SiteWithSecretOutside();
        Directory.CreateDirectory(site.PathOf("static"));
        File.CreateSymbolicLink(site.PathOf("static/passwd.txt"), "/etc/passwd");
        var result = site.Build();
        AssertRefused(site, result, "static/passwd.txt");
        Assert.False(File.Exists(Path.Combine(site.Output, "passwd.txt")));
    }

    [Fact]
    public void A_linked_post_and_a_linked_folder_outside_are_not_read()
    {
        using var site = SiteWithSecretOutside();
        File.CreateSymbolicLink(site.PathOf("content/posts/2024-01-02-link.md"), Path.Combine(site.Root, "secret.md"));
        Directory.CreateSymbolicLink(site.PathOf("content/outside"), site.Root);
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == "SM1402" && d.Path == "content/posts/2024-01-02-link.md");
        Assert.Contains(result.Diagnostics, d => d.Code == "SM1402" && d.Path == "content/outside");
        // Nothing else went wrong: the refusal is the only problem, and the page list holds only the real post.
        Assert.All(result.Diagnostics, d => Assert.Equal("SM1402", d.Code));
        Assert.Equal(1, result.PagesWritten - 2); // the post, plus the generated home and 404
    }

    [Fact]
    public void Links_inside_the_site_still_work()
    {
        using var site = SiteWithSecretOutside();
        site.Write("shared/note.md", "---\ntitle: Shared\n---\n\nShared note.\n");
        File.CreateSymbolicLink(site.PathOf("content/note.md"), site.PathOf("shared/note.md"));
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("Shared note.", File.ReadAllText(Path.Combine(site.Output, "note", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_linked_include_is_an_error_at_the_include_tag()
    {
        using var site = SiteWithSecretOutside();
        Directory.CreateDirectory(site.PathOf("_includes"));
        File.CreateSymbolicLink(site.PathOf("_includes/leak.html"), Path.Combine(site.Root, "secret.html"));
        site.Write("content/posts/2024-01-03-inc.md", "---\ntitle: Inc\n---\n\nBefore.\n\n{% include leak.html %}\n");
        var result = site.Build();
        Assert.Contains(result.Diagnostics, d => d.Code == "SM1402" && d.Path == "content/posts/2024-01-03-inc.md" && d.Line == 7);
        Assert.DoesNotContain(Secret, AllOutput(site));
    }

    [Fact]
    public void A_linked_layout_is_an_error_and_not_used()
    {
        using var site = SiteWithSecretOutside();
        Directory.CreateDirectory(site.PathOf("layouts"));
        File.CreateSymbolicLink(site.PathOf("layouts/leak.liquid"), Path.Combine(site.Root, "secret.liquid"));
        site.Write("content/posts/2024-01-03-lay.md", "---\ntitle: Lay\nlayout: leak\n---\n\nText.\n");
        var result = site.Build();
        AssertRefused(site, result, "layouts/leak.liquid");
    }

    [Fact]
    public void A_linked_theme_asset_is_an_error_and_not_copied()
    {
        using var site = SiteWithSecretOutside();
        Directory.CreateDirectory(site.PathOf("themes/default/assets"));
        File.CreateSymbolicLink(site.PathOf("themes/default/assets/leak.css"), Path.Combine(site.Root, "secret.txt"));
        var result = site.Build();
        AssertRefused(site, result, "themes/default/assets/leak.css");
    }

    [Fact]
    public void A_linked_bibliography_is_an_error_and_not_read()
    {
        using var site = SiteWithSecretOutside();
        Directory.CreateDirectory(site.PathOf("_bibliography"));
        File.CreateSymbolicLink(site.PathOf("_bibliography/refs.bib"), Path.Combine(site.Root, "secret.bib"));
        site.Write("content/posts/2024-01-03-cite.md", "---\ntitle: Cite\nlayout: distill\nbibliography: refs.bib\n---\n\nSee <d-cite key=\"k\"></d-cite>.\n");
        var result = site.Build();
        AssertRefused(site, result, "_bibliography/refs.bib");
    }

    [Fact]
    public void A_cache_folder_linked_outside_the_site_is_not_written()
    {
        using var site = SiteWithSecretOutside();
        var elsewhere = Path.Combine(site.Root, "elsewhere");
        Directory.CreateDirectory(elsewhere);
        Directory.CreateSymbolicLink(site.PathOf(".staticmath"), elsewhere);
        site.Write("content/posts/2024-01-03-math.md", "---\ntitle: Math\n---\n\n$x^2$\n");
        var result = Bounded.Run(() => Site.Build.SiteBuilder.Build(new Site.Core.BuildOptions { SourceDirectory = site.Directory }), "build with cache");
        Assert.Contains(result.Diagnostics, d => d.Code == "SM1402" && d.Path == ".staticmath");
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
        Assert.True(result.OutputWritten);
    }

    [Fact]
    public void Serve_does_not_publish_a_link_out_of_the_site_either()
    {
        using var site = SiteWithSecretOutside();
        Directory.CreateDirectory(site.PathOf("static"));
        File.CreateSymbolicLink(site.PathOf("static/leak.txt"), Path.Combine(site.Root, "secret.txt"));
        var memory = new Site.Output.MemoryOutput();
        var session = new Site.Build.SiteSession(new Site.Core.BuildOptions { SourceDirectory = site.Directory, NoCache = true });
        var result = Bounded.Run(() => session.Build(memory, null, "(memory)"), "serve build");
        Assert.Contains(result.Diagnostics, d => d.Code == "SM1402" && d.Path == "static/leak.txt");
        Assert.Null(memory.Find("leak.txt"));
    }
}
