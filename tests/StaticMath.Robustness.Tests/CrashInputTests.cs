using StaticMath.Site.Core;

namespace StaticMath.Robustness.Tests;

/// <summary>
/// Issue 21: small inputs that ended the build with an unhandled exception instead of a located diagnostic.
/// (The command-line cases — math --batch, unwritable output, serve --host, new site "" — are in StaticMath.Cli.Tests.)
/// </summary>
public class CrashInputTests
{
    [Fact]
    public void Two_posts_with_the_same_url_and_a_shared_tag_are_SM1130_not_a_crash()
    {
        var (site, result) = HostileSite.Build(
            ("content/posts/2024-01-02-a.md", "---\ntitle: A\npermalink: /same/\ntags: [t, only-b]\n---\nA\n"),
            ("content/posts/2024-01-03-b.md", "---\ntitle: B\npermalink: /same/\ntags: [t, only-b]\n---\nB\n"));
        using (site)
        {
            Assert.Contains(result.Diagnostics, d => d.Code == "SM1130" && d.Line > 0);
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SM1199");
        }
    }

    [Fact]
    public void Toml_front_matter_nested_65_deep_is_a_located_error()
    {
        var (site, result) = HostileSite.Build((HostileSite.BadPostPath,
            "+++\ntitle = \"Bad\"\nx = " + new string('[', 65) + "1" + new string(']', 65) + "\n+++\nbody\n"));
        using (site)
        {
            var diagnostic = Assert.Single(result.Diagnostics, d => d.Path.Contains("bad", StringComparison.Ordinal) && d.IsError);
            Assert.True(diagnostic.Line > 0, diagnostic.ToString());
        }
    }

    [Fact]
    public void An_output_folder_under_a_file_is_a_message_not_a_crash()
    {
        using var site = new TempSite();
        site.Write("content/index.md", "---\ntitle: Home\n---\nHi\n");
        var file = Path.Combine(site.Root, "a-file");
        File.WriteAllText(file, "mine");
        var result = Bounded.Run(() => Site.Build.SiteBuilder.Build(new Site.Core.BuildOptions
        {
            SourceDirectory = site.Directory,
            OutputDirectory = Path.Combine(file, "out"),
            NoCache = true,
        }), "build into a file's child");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "SM1432" && d.Message.Contains("cannot write the output folder", StringComparison.Ordinal));
        Assert.Equal("mine", File.ReadAllText(file));
    }
}
