using System.Text.Json;
using System.Text.RegularExpressions;

namespace StaticMath.Cli.Tests.EndToEnd;

/// <summary>
/// The publishing path a site repository takes in CI: the packed tool pinned as a LOCAL tool
/// (<c>.config/dotnet-tools.json</c>) in a site made by <c>staticmath new site</c>, built for a sub-path with
/// <c>dotnet staticmath build --strict --base-url</c>, then verified with <c>dotnet staticmath check</c>.
/// </summary>
[Collection(InstalledToolCollection.Name)]
public partial class LocalToolPublishingTests(InstalledToolFixture tool)
{
    private const string SubPath = "https://example.org/sub/";

    [Fact]
    public void New_site_with_the_tool_installed_locally_builds_for_a_sub_path_and_checks_clean()
    {
        Assert.True(tool.Pack.ExitCode == 0, "dotnet pack failed:\n" + tool.Pack);
        Assert.True(tool.Install is { ExitCode: 0 }, "dotnet tool install failed:\n" + tool.Install);
        var parent = tool.NewFolder("local");
        Assert.Equal(0, tool.Run(parent, "new", "site", "notes").ExitCode);
        var site = Path.Combine(parent, "notes");

        // The starter pins the running version; a fresh manifest plus `install --local` is what an existing repo does.
        var pinned = ManifestVersion(site);
        Assert.Matches(@"^\d+\.\d+\.\d+", pinned);
        Directory.Delete(Path.Combine(site, ".config"), recursive: true);
        Ok(tool.Dotnet(site, "new", "tool-manifest"));
        Ok(tool.Dotnet(site, "tool", "install", "--local", "--add-source", tool.PackageDirectory, "StaticMath"));
        Assert.Equal(pinned, ManifestVersion(site));
        Ok(tool.Dotnet(site, "tool", "restore", "--add-source", tool.PackageDirectory));

        Ok(tool.Dotnet(site, "staticmath", "build", "--strict", "--base-url", SubPath));

        var output = Path.Combine(site, "_site");
        foreach (var file in new[] { ".nojekyll", "404.html", "index.html", "feed.xml", "sitemap.xml" })
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        foreach (var page in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            foreach (Match link in RootRelativeUrl().Matches(File.ReadAllText(page)))
                Assert.StartsWith("/sub/", link.Groups[1].Value);
        }
        Assert.All(Loc().Matches(File.ReadAllText(Path.Combine(output, "sitemap.xml"))), m => Assert.StartsWith(SubPath, m.Groups[1].Value));

        var check = Ok(tool.Dotnet(site, "staticmath", "check", "--output", "_site", "--base-url", SubPath));
        Assert.Contains("no problems", check.StandardOutput);
        Ok(tool.Dotnet(site, "staticmath", "check", "--strict", "--base-url", SubPath));
        // The check really resolves against the base path: assumed at the root, every internal link is outside it.
        Assert.Equal(1, tool.Dotnet(site, "staticmath", "check", "--output", "_site").ExitCode);
    }

    private static ProcessResult Ok(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    // `dotnet new tool-manifest` writes dotnet-tools.json at the root on .NET 10 and .config/ before; both are read.
    private static string ManifestVersion(string site)
    {
        var path = new[] { Path.Combine(site, ".config", "dotnet-tools.json"), Path.Combine(site, "dotnet-tools.json") }.First(File.Exists);
        using var manifest = JsonDocument.Parse(File.ReadAllText(path));
        return manifest.RootElement.GetProperty("tools").GetProperty("staticmath").GetProperty("version").GetString()!;
    }

    [GeneratedRegex("(?:href|src)=\"(/[^/\"][^\"]*|/)\"")]
    private static partial Regex RootRelativeUrl();

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex Loc();
}
