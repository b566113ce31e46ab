using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Publishing;

/// <summary>What static hosts need at the output root, and what must never reach them from the source folder.</summary>
public sealed class HostOutputTests
{
    [Fact]
    public void Output_has_nojekyll_and_a_root_404_page()
    {
        using var site = new TempSite().With("content/index.md", "Home");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(site.Exists(".nojekyll"));
        Assert.True(site.Exists("404.html"));
        Assert.False(site.Exists("CNAME"), "no CNAME without cname:");
    }

    [Fact]
    public void Cname_from_config_is_written_in_lower_case()
    {
        using var site = new TempSite().With("staticmath.yml", "cname: Notes.Example.org\n").With("content/index.md", "Home");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("notes.example.org\n", site.Read("CNAME"));
    }

    [Fact]
    public void A_cname_that_is_a_url_is_an_error_naming_the_config_file()
    {
        using var site = new TempSite().With("staticmath.yml", "cname: https://notes.example.org/\n").With("content/index.md", "Home");

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "SM1007");
        Assert.Equal("staticmath.yml", error.Path);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Hidden_files_and_folders_are_not_copied_but_well_known_and_included_names_are()
    {
        using var site = new TempSite()
            .With("staticmath.yml", "include: [.htaccess, .git]\n")
            .With("content/index.md", "Home")
            .With("content/.DS_Store", "x")
            .With("content/notes/.DS_Store", "x")
            .With("content/.git/config", "x")
            .With("static/.git/HEAD", "x")
            .With("static/.staticmath/cache/a", "x")
            .With("static/.hidden/file.txt", "x")
            .With("static/.env", "SECRET=1")
            .With("static/.htaccess", "ErrorDocument 404 /404.html")
            .With("static/.well-known/security.txt", "Contact: mailto:a@example.org")
            .With("static/robots.txt", "User-agent: *");

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var files = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(f => f.Split('/').Any(s => s.StartsWith('.')))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal([".htaccess", ".nojekyll", ".staticmath-output", ".well-known/security.txt"], files);
        Assert.True(site.Exists("robots.txt"));
    }

    [Fact]
    public void A_source_file_named_like_a_host_file_is_reported_instead_of_overwriting_it()
    {
        using var site = new TempSite().With("staticmath.yml", "cname: notes.example.org\n")
            .With("content/index.md", "Home").With("static/CNAME", "other.example.org");

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == "SM1131" && d.Path == "static/CNAME");
    }
}
