namespace StaticMath.Robustness.Tests;

/// <summary>
/// Nothing outside the site folder is read and nothing outside the output folder is written, whatever a post,
/// its front matter or the files in the site ask for.
/// </summary>
public class PathSafetyTests
{
    private const string Secret = "TOP-SECRET-OUTSIDE-THE-SITE";

    private static TempSite SiteWithSecretOutside()
    {
        var site = new TempSite();
        // A file beside the site folder: what "../" paths reach.
        File.WriteAllText(Path.Combine(site.Root, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(site.Root, "secret.bib"), "@misc{k, title={" + Secret + "}}");
        File.WriteAllText(Path.Combine(site.Root, "secret.html"), Secret);
        File.WriteAllText(Path.Combine(site.Root, "secret.png"), Secret);
        return site;
    }

    private static string AllOutput(TempSite site) =>
        Directory.Exists(site.Output)
            ? string.Concat(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(File.ReadAllText))
            : "";

    private static void AssertNothingWrittenOutside(TempSite site)
    {
        var allowed = new[] { site.Directory, Path.Combine(site.Root, "secret.txt"), Path.Combine(site.Root, "secret.bib"), Path.Combine(site.Root, "secret.html"), Path.Combine(site.Root, "secret.png") };
        foreach (var entry in Directory.EnumerateFileSystemEntries(site.Root))
            Assert.Contains(entry, allowed);
    }

    [Theory]
    [InlineData("{% include ../../secret.html %}")]
    [InlineData("{% include ../secret.html %}")]
    [InlineData("{% include /etc/passwd %}")]
    [InlineData("{% include_relative ../../secret.html %}")]
    [InlineData("{% include_relative /etc/passwd %}")]
    public void Includes_cannot_read_outside_the_site(string tag)
    {
        using var site = SiteWithSecretOutside();
        site.Write("content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\n" + tag + "\n");
        var result = site.Build();
        Assert.DoesNotContain(Secret, AllOutput(site));
        Assert.DoesNotContain("root:x:0:0", AllOutput(site));
        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("a.md", StringComparison.Ordinal) && d.Line > 0);
    }

    [Theory]
    [InlineData("../../secret.bib")]
    [InlineData("../../../secret.bib")]
    [InlineData("/etc/passwd")]
    public void Bibliographies_cannot_be_read_from_outside_the_site(string path)
    {
        using var site = SiteWithSecretOutside();
        site.Write("content/posts/2024-01-01-a.md", $"---\ntitle: A\nlayout: distill\nbibliography: {path}\n---\n\nSee <d-cite key=\"k\"></d-cite>.\n");
        var result = site.Build();
        Assert.DoesNotContain(Secret, AllOutput(site));
        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("a.md", StringComparison.Ordinal) && d.Line > 0);
    }

    [Theory]
    [InlineData("![x](../../../secret.png)")]
    [InlineData("![x](/../../secret.png)")]
    [InlineData("{% include figure.liquid path=\"../../../secret.png\" %}")]
    public void Images_outside_the_site_are_not_read_or_copied(string markdown)
    {
        using var site = SiteWithSecretOutside();
        site.Write("content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\n" + markdown + "\n");
        site.Build();
        Assert.DoesNotContain(Secret, AllOutput(site));
    }

    [Theory]
    [InlineData("/../../escaped/")]
    [InlineData("../../../escaped/index.html")]
    [InlineData("/..%2F..%2Fescaped/")]
    [InlineData("/posts/../../../escaped/")]
    public void Permalinks_cannot_write_outside_the_output(string permalink)
    {
        using var site = SiteWithSecretOutside();
        site.Write("content/posts/2024-01-01-a.md", $"---\ntitle: A\npermalink: \"{permalink}\"\n---\n\nText.\n");
        site.Write("content/posts/2024-01-02-b.md", "---\ntitle: B\n---\n\nText.\n");
        site.Build();
        AssertNothingWrittenOutside(site);
        Assert.False(Directory.Exists(Path.Combine(site.Directory, "escaped")));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "escaped")));
    }

    [Fact]
    public void Symlinks_pointing_out_of_the_site_are_not_followed()
    {
        using var site = SiteWithSecretOutside();
        site.Write("content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\nText.\n");
        Directory.CreateDirectory(site.PathOf("static"));
        File.CreateSymbolicLink(site.PathOf("static/leak.txt"), Path.Combine(site.Root, "secret.txt"));
        Directory.CreateSymbolicLink(site.PathOf("static/outside"), site.Root);
        File.CreateSymbolicLink(site.PathOf("content/posts/2024-01-02-link.md"), Path.Combine(site.Root, "secret.txt"));
        var result = site.Build();
        Assert.DoesNotContain(Secret, AllOutput(site));
        // Each link is refused where it is, and nothing else went wrong: no walk through the loop that static/outside
        // makes (it leads to the folder holding the site), no half-read files.
        Assert.Equal(["SM1402 content/posts/2024-01-02-link.md", "SM1402 static/leak.txt", "SM1402 static/outside"],
            result.Diagnostics.Select(d => $"{d.Code} {d.Path}").Order(StringComparer.Ordinal));
        Assert.Equal(1, result.PagesWritten - 2); // post A, plus the generated home and 404
    }
}
