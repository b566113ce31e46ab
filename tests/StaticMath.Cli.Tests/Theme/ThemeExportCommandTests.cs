using StaticMath.Cli.Tests.EndToEnd;
using StaticMath.Site.Build;
using StaticMath.Site.Core;

namespace StaticMath.Cli.Tests.Theme;

/// <summary><c>staticmath theme export [DIR]</c>: the embedded theme as files the site owns, never overwriting without --force.</summary>
public sealed class ThemeExportCommandTests : IDisposable
{
    private readonly string _site = Directory.CreateTempSubdirectory("sm-theme-export-").FullName;

    [Fact]
    public void Export_writes_every_theme_file_into_themes_default_and_the_site_builds_with_an_edited_copy()
    {
        File.WriteAllText(Path.Combine(_site, "staticmath.yml"), "title: Mine\n");
        Directory.CreateDirectory(Path.Combine(_site, "content"));
        File.WriteAllText(Path.Combine(_site, "content", "about.md"), "---\ntitle: About\n---\nHello.\n");

        var result = CliProcess.Run(_site, "theme", "export");

        Assert.True(result.ExitCode == 0, result.ToString());
        var theme = Path.Combine(_site, "themes", "default");
        foreach (var file in new[] { "layouts/base.liquid", "layouts/post.liquid", "layouts/partials/footer.liquid", "assets/css/base.css" })
        {
            Assert.True(File.Exists(Path.Combine(theme, file)), file + " not exported:\n" + result);
            Assert.Contains("themes/default/" + file, result.StandardOutput);
        }
        Assert.Contains("Layouts: 404, base, default, distill, home, page, post, search, tag, tags.", result.StandardOutput);

        // The exported copy is the theme now: an edit shows up in the built page.
        var footer = Path.Combine(theme, "layouts", "partials", "footer.liquid");
        File.WriteAllText(footer, "<footer>my own footer</footer>\n");
        var output = Path.Combine(_site, "_site");
        var build = SiteBuilder.Build(new BuildOptions { SourceDirectory = _site, OutputDirectory = output, NoCache = true });
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Contains("my own footer", File.ReadAllText(Path.Combine(output, "about", "index.html")));
    }

    [Fact]
    public void Export_without_a_folder_from_inside_the_site_writes_into_the_sites_theme_folder_and_refuses_outside_a_site()
    {
        File.WriteAllText(Path.Combine(_site, "staticmath.yml"), "title: Mine\n");
        var content = Directory.CreateDirectory(Path.Combine(_site, "content", "posts")).FullName;

        var result = CliProcess.Run(content, "theme", "export");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(_site, "themes", "default", "layouts", "post.liquid")));
        Assert.False(Directory.Exists(Path.Combine(content, "themes")));
        Assert.Contains("../../themes/default/layouts/post.liquid", result.StandardOutput);

        var outside = Directory.CreateTempSubdirectory("sm-not-a-site-").FullName;
        try
        {
            var refused = CliProcess.Run(outside, "theme", "export");
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("SM1500", refused.StandardError);
            Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void Export_into_a_folder_with_theme_files_writes_nothing_and_fails_unless_forced()
    {
        var target = Path.Combine(_site, "mine");
        Directory.CreateDirectory(Path.Combine(target, "layouts"));
        var edited = Path.Combine(target, "layouts", "post.liquid");
        File.WriteAllText(edited, "my words");

        var refused = CliProcess.Run(_site, "theme", "export", "mine");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("mine/layouts/post.liquid already exists", refused.StandardError);
        Assert.Contains("--force", refused.StandardError);
        Assert.Equal("my words", File.ReadAllText(edited));
        Assert.False(File.Exists(Path.Combine(target, "layouts", "base.liquid")), "a refused export wrote files");

        var forced = CliProcess.Run(_site, "theme", "export", "mine", "--force");

        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Contains("layout: base", File.ReadAllText(edited));
        Assert.Contains("(1 overwritten)", forced.StandardOutput);
    }

    public void Dispose()
    {
        try { Directory.Delete(_site, recursive: true); }
        catch (IOException) { }
    }
}
