using StaticMath.Site.Build;
using StaticMath.Site.Core;
using StaticMath.Site.Output;

namespace StaticMath.Robustness.Tests;

/// <summary>
/// <c>serve</c>'s incremental rebuild on a file system that keeps times to the second (ext3, HFS+, FAT, some
/// mounts): two saves of the same length within one second have the same stamp, and the second must still show.
/// </summary>
public class SameSecondSaveTests
{
    private static string Page(MemoryOutput output, string path) => output.Find(path)!.Text!;

    /// <summary>Writes the file and gives it the time a coarse file system would: the same second as before.</summary>
    private static void SaveWithinTheSameSecond(TempSite site, string relative, string text, DateTime second)
    {
        site.Write(relative, text);
        File.SetLastWriteTimeUtc(site.PathOf(relative), second);
    }

    /// <summary>
    /// The second both saves fall in. A minute ahead (a file server's clock may be): the builds here may be slow, and
    /// a stamp taken seconds after its file's time rightly trusts it, because no later save can get that time.
    /// </summary>
    private static DateTime OneSecond()
    {
        var now = DateTime.UtcNow.AddMinutes(1);
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    [Fact]
    public void A_same_length_edit_of_a_post_in_the_same_second_is_rebuilt()
    {
        using var site = new TempSite();
        var second = OneSecond();
        SaveWithinTheSameSecond(site, "content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\nVersion AAA.\n", second);
        var session = new SiteSession(new BuildOptions { SourceDirectory = site.Directory, NoCache = true });
        var first = new MemoryOutput();
        Assert.True(Bounded.Run(() => session.Build(first, null, "(memory)"), "first build").Succeeded);
        Assert.Contains("Version AAA.", Page(first, "posts/a/index.html"), StringComparison.Ordinal);

        SaveWithinTheSameSecond(site, "content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\nVersion BBB.\n", second);
        var second2 = new MemoryOutput();
        Assert.True(Bounded.Run(() => session.Build(second2, null, "(memory)"), "rebuild").Succeeded);

        Assert.Contains("Version BBB.", Page(second2, "posts/a/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_same_length_edit_of_an_include_in_the_same_second_is_rebuilt()
    {
        using var site = new TempSite();
        var second = OneSecond();
        site.Write("content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\nNote: {% include note.html %}\n");
        SaveWithinTheSameSecond(site, "_includes/note.html", "<em>one</em>", second);
        var session = new SiteSession(new BuildOptions { SourceDirectory = site.Directory, NoCache = true });
        Assert.True(Bounded.Run(() => session.Build(new MemoryOutput(), null, "(memory)"), "first build").Succeeded);

        SaveWithinTheSameSecond(site, "_includes/note.html", "<em>two</em>", second);
        var rebuilt = new MemoryOutput();
        Assert.True(Bounded.Run(() => session.Build(rebuilt, null, "(memory)"), "rebuild").Succeeded);

        Assert.Contains("<em>two</em>", Page(rebuilt, "posts/a/index.html"), StringComparison.Ordinal);
    }
}
