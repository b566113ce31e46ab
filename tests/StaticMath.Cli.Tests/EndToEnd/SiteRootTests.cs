namespace StaticMath.Cli.Tests.EndToEnd;

/// <summary>
/// Commands act on the site the user stands in: the nearest folder at or above the current one with
/// <c>staticmath.yml</c>, as git and Hugo find theirs; outside any site they refuse (SM1500) and write nothing.
/// </summary>
[Collection(InstalledToolCollection.Name)]
public class SiteRootTests(InstalledToolFixture tool)
{
    [Fact]
    public void Build_outside_a_site_refuses_and_writes_nothing()
    {
        Assert.True(tool.Install is { ExitCode: 0 }, "dotnet tool install failed:\n" + tool.Install);
        var folder = tool.NewFolder("no-site");
        File.WriteAllText(Path.Combine(folder, "notes.md"), "Just a file.");

        var result = tool.Run(folder, "build");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error SM1500: not inside a site", result.StandardError);
        Assert.Equal(["notes.md"], Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Source_without_a_configuration_is_refused()
    {
        Assert.True(tool.Install is { ExitCode: 0 }, "dotnet tool install failed:\n" + tool.Install);
        var folder = tool.NewFolder("not-a-site");
        Directory.CreateDirectory(Path.Combine(folder, "content"));

        var result = tool.Run(tool.WorkDirectory, "check", "--source", folder);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error SM1500: not a site", result.StandardError);
        Assert.False(Directory.Exists(Path.Combine(folder, "_site")));
    }

    [Fact]
    public void New_post_inside_content_writes_into_the_sites_posts_folder_and_names_it_from_there()
    {
        Assert.True(tool.Install is { ExitCode: 0 }, "dotnet tool install failed:\n" + tool.Install);
        var parent = tool.NewFolder("nested");
        Assert.Equal(0, tool.Run(parent, "new", "site", "notes").ExitCode);
        var content = Path.Combine(parent, "notes", "content");

        var result = tool.Run(content, "new", "post", "From inside");

        Assert.True(result.ExitCode == 0, result.ToString());
        var post = Assert.Single(Directory.GetFiles(Path.Combine(content, "posts"), "*-from-inside.md"));
        Assert.False(Directory.Exists(Path.Combine(content, "content")));
        Assert.Equal("Created " + Path.GetRelativePath(content, post), result.StandardOutput.Trim());
        Assert.True(File.Exists(Path.Combine(content, Path.GetRelativePath(content, post))));
    }

    [Fact]
    public void Build_from_a_subfolder_builds_the_enclosing_site()
    {
        Assert.True(tool.Install is { ExitCode: 0 }, "dotnet tool install failed:\n" + tool.Install);
        var parent = tool.NewFolder("from-sub");
        Assert.Equal(0, tool.Run(parent, "new", "site", "notes").ExitCode);
        var site = Path.Combine(parent, "notes");

        var result = tool.Run(Path.Combine(site, "content", "posts"), "build", "--quiet");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(site, "_site", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(site, "content", "posts", "_site")));
    }

    [Fact]
    public void New_post_outside_a_site_refuses_and_writes_nothing()
    {
        Assert.True(tool.Install is { ExitCode: 0 }, "dotnet tool install failed:\n" + tool.Install);
        var folder = tool.NewFolder("stray");

        var result = tool.Run(folder, "new", "post", "Stray");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error SM1500", result.StandardError);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }
}
