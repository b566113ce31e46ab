namespace StaticMath.Preview.Tests;

/// <summary>The watcher hands the paths of a save to the next rebuild, so it looks at those files only.</summary>
public sealed class SiteWatcherTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_save_is_reported_once_with_its_path_and_ignored_folders_are_left_out()
    {
        var fired = new SemaphoreSlim(0);
        using var watcher = new SiteWatcher(_site.Directory, TimeSpan.FromMilliseconds(50), () => fired.Release());

        _site.Write("_site/index.html", "output, ignored");
        _site.SaveLikeAnEditor("content/posts/2024-01-01-first.md", "---\ntitle: First\n---\n\nSaved.\n");
        Assert.True(await fired.WaitAsync(TimeSpan.FromSeconds(30)), "the watcher did not call back");

        var changes = watcher.TakeChanges();
        Assert.True(changes.IsKnown);
        Assert.True(changes.MayAffect(_site.PathOf("content/posts/2024-01-01-first.md")));
        Assert.False(changes.MayAffect(_site.PathOf("content/posts/2024-01-02-second.md")));
        Assert.False(changes.MayAffect(_site.PathOf("_site/index.html")));

        // Taken once: the next rebuild starts from an empty set.
        Assert.False(watcher.TakeChanges().MayAffect(_site.PathOf("content/posts/2024-01-01-first.md")));
    }
}
