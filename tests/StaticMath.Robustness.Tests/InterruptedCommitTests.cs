namespace StaticMath.Robustness.Tests;

/// <summary>A build killed between the two renames of its commit: the next build puts the previous site back first.</summary>
public class InterruptedCommitTests
{
    [Fact]
    public void A_failing_build_after_a_commit_cut_in_half_leaves_the_previous_site_in_place()
    {
        using var site = new TempSite();
        site.Write("content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\nText.\n");
        Assert.True(site.Build().Succeeded);
        var before = site.OutputHashes();

        // What the kill leaves: the old site renamed aside, the new one still in its working folder, no _site.
        Directory.Move(site.Output, Path.Combine(site.Directory, "._site.old-0123456789abcdef0123456789abcdef"));
        Directory.CreateDirectory(Path.Combine(site.Directory, "._site.building-fedcba9876543210fedcba9876543210"));

        site.Write("content/posts/2024-02-01-broken.md", "---\ntitle: Broken\nlayout: no-such-layout\n---\n\nx\n");
        var failed = site.Build();

        Assert.False(failed.Succeeded);
        Assert.True(Directory.Exists(site.Output), "the previous site is gone");
        Assert.Equal(before, site.OutputHashes());
        Assert.Empty(Directory.EnumerateDirectories(site.Directory, "._site.*"));
    }
}
