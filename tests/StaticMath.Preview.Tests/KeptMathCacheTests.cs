using StaticMath.Site.Build;
using StaticMath.Site.Core;
using StaticMath.Site.Markdown.Extensions.Math;
using StaticMath.Site.Output;

namespace StaticMath.Preview.Tests;

/// <summary>
/// A session opens the math cache once per configuration and keeps it open across rebuilds; what a rebuild typeset is
/// saved after it (serve: after the reload event), and a rebuild that typeset nothing saves nothing.
/// </summary>
public sealed class KeptMathCacheTests : IDisposable
{
    private readonly TestSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string First = "content/posts/2024-01-01-first.md";

    private BuildResult Build(SiteSession session, params string[] changed)
    {
        var result = session.Build(new MemoryOutput(), null, "(memory)",
            changed: changed.Length == 0 ? null : ChangedFiles.Of(_site.Directory, changed.Select(_site.PathOf)));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static long Count(BuildResult result, string counter) => result.Counters.FirstOrDefault(c => c.Key == counter).Value;

    [Fact]
    public void The_cache_is_opened_once_and_saved_after_each_rebuild_that_typeset_something_only()
    {
        using var session = new SiteSession(new BuildOptions { SourceDirectory = _site.Directory });
        Build(session);
        Assert.Equal(0, session.CacheSaves); // left for after the build
        session.FinishLastBuild();
        Assert.Equal(1, session.CacheSaves);

        _site.Write(First, "---\ntitle: First\ntags: [alpha]\n---\n\nThe first post: $a^2+b^2=c^2$, reworded.\n");
        var sameMath = Build(session, First);
        session.FinishLastBuild();
        Assert.Equal(1, Count(sameMath, MathBuildServices.FromCacheCounter));
        Assert.Equal(1, session.CacheSaves);

        _site.Write(First, "---\ntitle: First\ntags: [alpha]\n---\n\nThe first post: $a^2+b^2=c^2$ and $x_{new}$.\n");
        var newMath = Build(session, First);
        session.FinishLastBuild();
        Assert.Equal(1, Count(newMath, MathBuildServices.TypesetCounter));
        Assert.Equal(2, session.CacheSaves);
        Assert.Equal(1, session.ServicesCreated);

        // A new configuration (math.cacheSize may have changed) opens the cache again.
        _site.Write("staticmath.yml", "title: Preview test, renamed\nbaseUrl: https://example.org/\npaginate: 2\n");
        Build(session, "staticmath.yml");
        Assert.Equal(2, session.ServicesCreated);
    }

    [Fact]
    public void What_a_rebuild_typeset_is_in_the_store_once_the_session_ends()
    {
        using (var session = new SiteSession(new BuildOptions { SourceDirectory = _site.Directory }))
        {
            Build(session);
            _site.Write(First, "---\ntitle: First\ntags: [alpha]\n---\n\nNew: $y_{kept}$.\n");
            Build(session, First); // its save is still to do when the session ends
        }

        using var next = new SiteSession(new BuildOptions { SourceDirectory = _site.Directory });
        var warm = Build(next);
        Assert.Equal(0, Count(warm, MathBuildServices.TypesetCounter));
        Assert.Equal(2, Count(warm, MathBuildServices.FromCacheCounter)); // $y_{kept}$ and the third post's display
    }

    [Fact]
    public async Task Serve_saves_the_cache_after_the_reload_event_is_sent()
    {
        var savesWhenBuilt = new List<int>();
        await using var server = await PreviewServer.StartAsync(new PreviewOptions { Build = new BuildOptions { SourceDirectory = _site.Directory }, Port = 0 });
        server.Rebuilt += _ => savesWhenBuilt.Add(server.Site.CacheSaves);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var events = await SseListener.ConnectAsync(http, new Uri(server.Address, LiveReloadHub.EndpointPath.TrimStart('/')));
        Assert.Equal(1, server.Site.CacheSaves); // the first build's

        _site.SaveLikeAnEditor(First, "---\ntitle: First\n---\n\nEdited: $z_{served}$.\n");
        Assert.True(await events.WaitForAsync("event: reload", TimeSpan.FromSeconds(30)), "no reload event after the edit");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (server.Site.CacheSaves < 2 && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.Equal(2, server.Site.CacheSaves);
        Assert.Equal(1, savesWhenBuilt[0]); // the rebuild was shown before its equation was saved
        Assert.Equal(1, server.Site.ServicesCreated);
    }
}
