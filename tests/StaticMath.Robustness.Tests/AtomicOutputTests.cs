namespace StaticMath.Robustness.Tests;

/// <summary>The previous site stays until a build succeeds; leftovers of a failed build are cleaned up.</summary>
public class AtomicOutputTests
{
    [Fact]
    public void A_build_that_fails_after_writing_pages_leaves_the_previous_site_intact()
    {
        using var site = new TempSite();
        for (var i = 0; i < 20; i++) site.Write($"content/posts/2024-01-{i + 1:00}-p{i}.md", $"---\ntitle: P{i}\n---\n\nVersion one, post {i}: $x_{i}$.\n");
        Assert.True(site.Build().Succeeded);
        var before = site.OutputHashes();

        // Pages build fine, then one fails (an unknown layout): the build is an error and must not replace the output.
        for (var i = 0; i < 20; i++) site.Write($"content/posts/2024-01-{i + 1:00}-p{i}.md", $"---\ntitle: P{i}\n---\n\nVersion two, post {i}.\n");
        site.Write("content/posts/2024-02-01-broken.md", "---\ntitle: Broken\nlayout: no-such-layout\n---\n\nx\n");
        var failed = site.Build(parallelism: 1);

        Assert.False(failed.Succeeded);
        Assert.False(failed.OutputWritten);
        Assert.Equal(before, site.OutputHashes());
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(site.Output)!, "._site.*"));
    }

    [Fact]
    public void Leftovers_of_a_killed_build_are_removed_by_the_next_build()
    {
        using var site = new TempSite();
        site.Write("content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\nText.\n");
        Assert.True(site.Build().Succeeded);
        // What a build killed mid-way leaves: its working folder, half written.
        var leftover = Path.Combine(site.Directory, "._site.building-0123456789abcdef0123456789abcdef");
        Directory.CreateDirectory(Path.Combine(leftover, "posts"));
        File.WriteAllText(Path.Combine(leftover, "posts", "half.html"), "<html>");
        Assert.True(site.Build().Succeeded);
        Assert.False(Directory.Exists(leftover));
    }

    [Fact]
    public void Warnings_under_strict_fail_the_build_and_keep_the_previous_site()
    {
        using var site = new TempSite();
        site.Write("content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\nText.\n");
        Assert.True(site.Build().Succeeded);
        var before = site.OutputHashes();
        site.Write("content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\nNow with ![missing](/nope.png).\n");
        var strict = site.Build(strict: true);
        Assert.False(strict.Succeeded);
        Assert.True(strict.WarningCount > 0);
        Assert.Equal(before, site.OutputHashes());
    }
}
