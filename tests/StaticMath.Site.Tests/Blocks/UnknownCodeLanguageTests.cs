using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Blocks;

/// <summary>An unknown fence language is one warning per build, at its first fence, counting the others.</summary>
public sealed class UnknownCodeLanguageTests
{
    [Fact]
    public void Unknown_language_in_many_posts_is_one_warning_at_the_first_fence()
    {
        using var site = new TempSite();
        for (var i = 0; i < 5; i++)
            site.With($"content/posts/2026-01-0{i + 1}-p{i}.md", $"---\ntitle: P{i}\n---\nText.\n\n```klingon\nQapla'\n```\n\n```klingon\nnuqneH\n```\n");
        site.With("content/posts/2026-02-01-q.md", "---\ntitle: Q\n---\n```vulcan\nx\n```\n");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var klingon = Assert.Single(result.Diagnostics, d => d.Message.Contains("'klingon'"));
        Assert.Equal(("SM1533", "content/posts/2026-01-01-p0.md", 6), (klingon.Code, klingon.Path, klingon.Line));
        Assert.EndsWith("(and 9 more in this build)", klingon.Message);
        var vulcan = Assert.Single(result.Diagnostics, d => d.Message.Contains("'vulcan'"));
        Assert.Equal(4, vulcan.Line);
        Assert.False(site.Build(strict: true).Succeeded);
    }
}
