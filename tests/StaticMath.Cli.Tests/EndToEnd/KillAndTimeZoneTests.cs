using System.Diagnostics;
using System.Security.Cryptography;

namespace StaticMath.Cli.Tests.EndToEnd;

/// <summary>The installed tool killed mid-build leaves the previous site intact, and its output does not depend on the time zone.</summary>
[Collection(InstalledToolCollection.Name)]
public class KillAndTimeZoneTests(InstalledToolFixture tool)
{
    private static string BigSite(string folder, int posts)
    {
        File.WriteAllText(Path.Combine(folder, "staticmath.yml"), "title: Big\nbaseUrl: https://example.org/\n");
        var dir = Path.Combine(folder, "content", "posts");
        Directory.CreateDirectory(dir);
        for (var i = 0; i < posts; i++)
            File.WriteAllText(Path.Combine(dir, $"2024-01-01-p{i:0000}.md"),
                $"---\ntitle: Post {i}\ndate: 2024-03-31 01:30:00\n---\n\n$$\\sum_{{k=1}}^{{{i}}} \\frac{{k^2}}{{\\sqrt{{1+k}}}} = \\int_0^{{{i}}} f(x)\\,dx$$\n\nText {i} with $a_{{{i}}}$.\n");
        return folder;
    }

    private static List<string> Hashes(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Killing_a_build_midway_leaves_the_previous_site_and_the_next_build_cleans_up()
    {
        Assert.True(tool.Install is { ExitCode: 0 }, "dotnet tool install failed:\n" + tool.Install);
        var site = BigSite(tool.NewFolder("kill"), 400);
        var first = tool.Run(site, "build", "--quiet", "--no-cache");
        Assert.True(first.ExitCode == 0, first.ToString());
        var before = Hashes(Path.Combine(site, "_site"));

        File.AppendAllText(Path.Combine(site, "content", "posts", "2024-01-01-p0000.md"), "\nChanged.\n");
        using var process = Process.Start(new ProcessStartInfo(tool.ToolExecutable, ["build", "--quiet", "--no-cache"]) { WorkingDirectory = site, RedirectStandardOutput = true, RedirectStandardError = true })!;
        // Kill it once its working folder has pages in it.
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            var working = Directory.EnumerateDirectories(site, "._site.building-*").FirstOrDefault();
            if (working is not null && Directory.Exists(Path.Combine(working, "posts"))) break;
            Thread.Sleep(5);
        }
        var killedMidway = !process.HasExited;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        Assert.Equal(before, Hashes(Path.Combine(site, "_site")));
        if (killedMidway) Assert.NotEmpty(Directory.EnumerateDirectories(site, "._site.building-*"));

        var next = tool.Run(site, "build", "--quiet");
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Empty(Directory.EnumerateDirectories(site, "._site.*"));
        Assert.Contains("Changed.", File.ReadAllText(Path.Combine(site, "_site", "posts", "p0000", "index.html")));
    }

    [Fact]
    public void Output_is_the_same_in_every_time_zone()
    {
        Assert.True(tool.Install is { ExitCode: 0 }, "dotnet tool install failed:\n" + tool.Install);
        List<string>? reference = null;
        foreach (var zone in new[] { "UTC", "Pacific/Kiritimati", "America/St_Johns", "Europe/Berlin" })
        {
            var site = BigSite(tool.NewFolder("tz"), 5);
            var result = ProcessRunner.Run(tool.ToolExecutable, ["build", "--quiet"], site, new Dictionary<string, string> { ["TZ"] = zone });
            Assert.True(result.ExitCode == 0, result.ToString());
            var hashes = Hashes(Path.Combine(site, "_site"));
            reference ??= hashes;
            Assert.Equal(reference, hashes);
        }
    }
}
