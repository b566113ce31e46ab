using StaticMath.Site.Build;
using StaticMath.Site.Core;
using StaticMath.Site.Output;

namespace StaticMath.Robustness.Tests;

/// <summary>
/// <c>build --output DIR</c> replaces DIR only when it is empty or our own output (stamped at commit, or written by
/// an earlier version); anything else is refused unless forced, and folders are compared where they really are.
/// </summary>
public class OutputReplacementTests
{
    private static BuildResult BuildInto(TempSite site, string output, bool force = false, string? source = null) =>
        Bounded.Run(() => SiteBuilder.Build(new BuildOptions
        {
            SourceDirectory = source ?? site.Directory,
            OutputDirectory = output,
            ReplaceOutput = force,
            NoCache = true,
            Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero),
        }), "site build");

    private static TempSite SiteWithOnePost()
    {
        var site = new TempSite();
        site.Write("content/posts/2024-01-01-a.md", "---\ntitle: A\n---\n\nText.\n");
        return site;
    }

    [Fact]
    public void A_folder_of_the_users_files_is_refused_and_left_as_it_was()
    {
        using var site = SiteWithOnePost();
        var home = Path.Combine(site.Root, "home");
        Directory.CreateDirectory(Path.Combine(home, "Documents"));
        File.WriteAllText(Path.Combine(home, "Documents", "thesis.tex"), "\\documentclass{article}");

        var result = BuildInto(site, home);

        Assert.False(result.Succeeded);
        Assert.False(result.OutputWritten);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("SM1400", error.Code);
        Assert.Contains("--force", error.Message, StringComparison.Ordinal);
        Assert.Equal("\\documentclass{article}", File.ReadAllText(Path.Combine(home, "Documents", "thesis.tex")));
        Assert.Single(Directory.EnumerateFileSystemEntries(home));
    }

    [Theory]
    [InlineData(".git")]
    [InlineData("themes")]
    public void A_folder_of_the_site_itself_is_refused(string folder)
    {
        using var site = SiteWithOnePost();
        site.Write(folder + "/keep.txt", "mine");
        var result = BuildInto(site, site.PathOf(folder));
        Assert.Contains(result.Diagnostics, d => d.Code == "SM1400");
        Assert.Equal("mine", File.ReadAllText(site.PathOf(folder + "/keep.txt")));
    }

    [Fact]
    public void Force_replaces_a_folder_that_is_not_ours()
    {
        using var site = SiteWithOnePost();
        var other = Path.Combine(site.Root, "public");
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "old.txt"), "x");
        var result = BuildInto(site, other, force: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(File.Exists(Path.Combine(other, "old.txt")));
        Assert.True(File.Exists(Path.Combine(other, "index.html")));
    }

    [Fact]
    public void Empty_folders_and_our_own_stamped_output_are_replaced()
    {
        using var site = SiteWithOnePost();
        var output = Path.Combine(site.Root, "public");
        Directory.CreateDirectory(output);
        Assert.True(BuildInto(site, output).Succeeded);
        Assert.True(File.Exists(Path.Combine(output, OutputStamp.FileName)));
        File.WriteAllText(Path.Combine(output, "stale.html"), "from an earlier build");
        Assert.True(BuildInto(site, output).Succeeded);
        Assert.False(File.Exists(Path.Combine(output, "stale.html")));
    }

    [Fact]
    public void The_output_of_an_earlier_version_without_a_stamp_is_replaced_but_not_a_git_checkout()
    {
        using var site = SiteWithOnePost();
        Assert.True(site.Build().Succeeded);
        File.Delete(Path.Combine(site.Output, OutputStamp.FileName)); // what versions before the stamp left
        Assert.True(site.Build().Succeeded);

        File.Delete(Path.Combine(site.Output, OutputStamp.FileName));
        Directory.CreateDirectory(Path.Combine(site.Output, ".git"));
        Assert.Contains(site.Build().Diagnostics, d => d.Code == "SM1400");
        Assert.True(Directory.Exists(Path.Combine(site.Output, ".git")));
    }

    [Fact]
    public void A_symbolic_link_to_the_site_is_seen_as_the_site()
    {
        using var site = SiteWithOnePost();
        var link = Path.Combine(site.Root, "s1link");
        Directory.CreateSymbolicLink(link, site.Directory);

        // --source s1link --output s1: the output is the site folder itself.
        var result = BuildInto(site, site.Directory, source: link);

        Assert.Contains(result.Diagnostics, d => d.Code == "SM1005");
        Assert.True(File.Exists(site.PathOf("content/posts/2024-01-01-a.md")));
    }
}
