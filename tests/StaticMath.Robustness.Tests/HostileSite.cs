using StaticMath.Site.Build;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Robustness.Tests;

/// <summary>
/// A site with one good post and one hostile file, built with the real builder under <see cref="Bounded"/>; the
/// assertions every "small input" case shares: the build finishes, no internal error (SM1199), the good post is
/// written, and the hostile file gets a located diagnostic.
/// </summary>
internal static class HostileSite
{
    public const string GoodPost = "---\ntitle: Good\n---\n\nStill here: $x^2$.\n";
    public const string BadPostPath = "content/posts/2024-01-02-bad.md";

    public static (TempSite Site, BuildResult Result) Build(params (string Path, string Text)[] files) => BuildWith(null, files);

    public static (TempSite Site, BuildResult Result) BuildWith(string? config, params (string Path, string Text)[] files)
    {
        var site = config is null ? new TempSite() : new TempSite(config);
        site.Write("content/posts/2024-01-01-good.md", GoodPost);
        foreach (var (path, text) in files) site.Write(path, text);
        return (site, site.Build());
    }

    /// <summary>The diagnostic about <paramref name="pathPart"/> whose message contains <paramref name="messagePart"/>, asserting the shared expectations.</summary>
    public static Diagnostic AssertLocated(TempSite site, BuildResult result, string pathPart, string messagePart)
    {
        Assert.False(result.Cancelled);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SM1199");
        Assert.True(File.Exists(Path.Combine(site.Output, "posts", "good", "index.html")) || !result.Succeeded,
            "the good post was not written: " + string.Join("\n", result.Diagnostics));
        var diagnostic = result.Diagnostics.FirstOrDefault(d => d.Path.Contains(pathPart, StringComparison.Ordinal) && d.Message.Contains(messagePart, StringComparison.Ordinal));
        Assert.True(diagnostic is not null, $"no diagnostic on {pathPart} saying '{messagePart}':\n" + string.Join("\n", result.Diagnostics));
        Assert.True(diagnostic.Line > 0, $"{diagnostic} has no line");
        return diagnostic;
    }

    /// <summary>
    /// The one diagnostic a failing layout gets: at the layout's own file (reported once, not once per page), saying
    /// <paramref name="messagePart"/> and naming the page it kept from being written.
    /// </summary>
    public static Diagnostic AssertLayoutFailed(TempSite site, BuildResult result, string layoutPath, string pagePart, string messagePart)
    {
        Assert.False(result.Cancelled);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SM1199");
        Assert.True(File.Exists(Path.Combine(site.Output, "posts", "good", "index.html")) || !result.Succeeded,
            "the good post was not written: " + string.Join("\n", result.Diagnostics));
        var diagnostic = result.Diagnostics.SingleOrDefault(d => d.Path == layoutPath && d.Message.Contains(messagePart, StringComparison.Ordinal));
        Assert.True(diagnostic is not null, $"no single diagnostic on {layoutPath} saying '{messagePart}':\n" + string.Join("\n", result.Diagnostics));
        Assert.Contains(pagePart, diagnostic.Message, StringComparison.Ordinal);
        return diagnostic;
    }

    public static string Post(string body, string frontMatter = "title: Bad\n") => "---\n" + frontMatter + "---\n\n" + body;
}
