using StaticMath.Cli.Scaffolding;
using YamlDotNet.RepresentationModel;

namespace StaticMath.Cli.Tests;

/// <summary>The publishing files of <c>staticmath new site</c>: tool manifest, GitHub Pages workflow, host recipes.</summary>
public sealed class StarterSiteTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "sm-starter-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Workflow_restores_the_local_tool_builds_strictly_for_the_pages_url_checks_and_deploys()
    {
        StarterSite.Create(root, new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(root, ".github", "workflows", "publish.yml"))));
        var workflow = (YamlMappingNode)yaml.Documents[0].RootNode;
        var jobs = (YamlMappingNode)workflow["jobs"];
        var build = Steps(jobs, "build");
        var deploy = Steps(jobs, "deploy");

        string[] expectedBuild = ["uses actions/checkout", "uses actions/setup-dotnet", "uses actions/configure-pages", "run dotnet tool restore",
            "run dotnet staticmath build --strict --base-url \"${{ steps.pages.outputs.base_url }}/\"",
            "run dotnet staticmath check", "uses actions/upload-pages-artifact"];
        var position = -1;
        foreach (var expected in expectedBuild)
        {
            var found = build.FindIndex(s => s.StartsWith(expected, StringComparison.Ordinal));
            Assert.True(found > position, $"'{expected}' missing or out of order in:\n{string.Join("\n", build)}");
            position = found;
        }
        Assert.Contains(build, s => s.StartsWith("run dotnet staticmath check", StringComparison.Ordinal) && s.Contains("--base-url"));
        Assert.Contains(deploy, s => s.StartsWith("uses actions/deploy-pages", StringComparison.Ordinal));
        Assert.Equal("build", ((YamlScalarNode)((YamlMappingNode)jobs["deploy"])["needs"]).Value);
        Assert.Equal("write", ((YamlScalarNode)((YamlMappingNode)workflow["permissions"])["pages"]).Value);

        // The math cache store is kept between runs, restored before the build.
        var cacheStep = ((YamlSequenceNode)((YamlMappingNode)jobs["build"])["steps"]).Children.Cast<YamlMappingNode>()
            .Single(step => step.Children.TryGetValue(new YamlScalarNode("uses"), out var uses) && ((YamlScalarNode)uses).Value!.StartsWith("actions/cache@", StringComparison.Ordinal));
        Assert.Equal(".staticmath/math-cache.db", ((YamlScalarNode)((YamlMappingNode)cacheStep["with"])["path"]).Value);
        Assert.True(build.IndexOf("uses " + ((YamlScalarNode)cacheStep["uses"]).Value) < build.FindIndex(s => s.StartsWith("run dotnet staticmath build", StringComparison.Ordinal)));
    }

    [Fact]
    public void Workflow_restores_from_nuget_org_or_from_a_verified_release_package()
    {
        StarterSite.Create(root, DateTimeOffset.UnixEpoch);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(root, ".github", "workflows", "publish.yml"))));
        var steps = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"])["build"])["steps"])
            .Children.Cast<YamlMappingNode>().ToList();

        var fetch = steps.Single(s => s.Children.ContainsKey(new YamlScalarNode("env")) && ((YamlMappingNode)s["env"]).Children.ContainsKey(new YamlScalarNode("STATICMATH_RELEASE_URL")));
        Assert.Equal("${{ vars.STATICMATH_RELEASE_URL }}", ((YamlScalarNode)((YamlMappingNode)fetch["env"])["STATICMATH_RELEASE_URL"]).Value);
        Assert.Equal("${{ vars.STATICMATH_SHA256SUMS_SHA256 }}", ((YamlScalarNode)((YamlMappingNode)fetch["env"])["STATICMATH_SHA256SUMS_SHA256"]).Value);
        var fetchRun = ((YamlScalarNode)fetch["run"]).Value!;
        // The checksum file is pinned, then every package fetched is checked against it.
        Assert.Contains("echo \"$STATICMATH_SHA256SUMS_SHA256  SHA256SUMS\" | sha256sum -c", fetchRun);
        Assert.EndsWith("sha256sum -c --ignore-missing SHA256SUMS; fi", fetchRun);
        Assert.Contains(steps, s => s.Children.TryGetValue(new YamlScalarNode("run"), out var run) && ((YamlScalarNode)run).Value == "dotnet tool restore --add-source .staticmath/packages");
        Assert.True(steps.IndexOf(fetch) < steps.FindIndex(s => s.Children.TryGetValue(new YamlScalarNode("run"), out var run) && ((YamlScalarNode)run).Value!.StartsWith("dotnet tool restore", StringComparison.Ordinal)));
    }

    [Fact]
    public void Release_fetch_step_takes_only_the_packages_the_pinned_checksums_vouch_for()
    {
        if (OperatingSystem.IsWindows()) return; // the step is bash with curl and sha256sum, as on GitHub's runners
        StarterSite.Create(root, DateTimeOffset.UnixEpoch);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(root, ".github", "workflows", "publish.yml"))));
        var step = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode)["jobs"])["build"])["steps"])
            .Children.Cast<YamlMappingNode>()
            .Select(s => s.Children.TryGetValue(new YamlScalarNode("run"), out var run) ? ((YamlScalarNode)run).Value! : "")
            .Single(run => run.Contains("STATICMATH_RELEASE_URL", StringComparison.Ordinal));

        // A release: the top package, its two platform packages, a symbols package and the checksums of all four.
        var release = Path.Combine(root, "release");
        Directory.CreateDirectory(release);
        string[] packages = ["StaticMath.1.2.3.nupkg", "StaticMath.linux-x64.1.2.3.nupkg", "StaticMath.any.1.2.3.nupkg"];
        foreach (var name in packages.Append("StaticMath.1.2.3.snupkg")) File.WriteAllText(Path.Combine(release, name), "bytes of " + name);
        var sums = string.Concat(Directory.GetFiles(release).Order(StringComparer.Ordinal)
            .Select(f => $"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))}  {Path.GetFileName(f)}\n"));
        File.WriteAllText(Path.Combine(release, "SHA256SUMS"), sums);
        var pinned = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sums)));

        (EndToEnd.ProcessResult Result, string[] Fetched) Fetch(string? url, string checksum)
        {
            var site = Path.Combine(root, "site-" + Guid.NewGuid().ToString("N")[..8]);
            Directory.CreateDirectory(site);
            var result = EndToEnd.ProcessRunner.Run("bash", ["-euo", "pipefail", "-c", step], site, new Dictionary<string, string>
            {
                ["STATICMATH_RELEASE_URL"] = url ?? "",
                ["STATICMATH_SHA256SUMS_SHA256"] = checksum,
            });
            var folder = Path.Combine(site, ".staticmath", "packages");
            return (result, Directory.Exists(folder) ? [.. Directory.GetFiles(folder, "*.nupkg").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)] : []);
        }

        var fetched = Fetch("file://" + release, pinned);
        Assert.True(fetched.Result.ExitCode == 0, fetched.Result.ToString());
        Assert.Equal(packages.Order(StringComparer.Ordinal), fetched.Fetched);

        var nothingSet = Fetch(null, "");
        Assert.True(nothingSet.Result.ExitCode == 0, nothingSet.Result.ToString());
        Assert.Empty(nothingSet.Fetched);

        var wrongPin = Fetch("file://" + release, new string('0', 64));
        Assert.NotEqual(0, wrongPin.Result.ExitCode);
        Assert.Empty(wrongPin.Fetched);
        File.AppendAllText(Path.Combine(release, "StaticMath.linux-x64.1.2.3.nupkg"), "tampered");
        Assert.NotEqual(0, Fetch("file://" + release, pinned).Result.ExitCode);
    }

    [Fact]
    public void Readme_gives_the_build_command_and_output_folder_for_other_hosts()
    {
        StarterSite.Create(root, DateTimeOffset.UnixEpoch);

        var readme = File.ReadAllText(Path.Combine(root, "README.md"));

        Assert.Contains("dotnet tool restore", readme);
        foreach (var host in new[] { "Netlify", "Cloudflare Pages", "GitLab Pages", "Amazon S3" })
            Assert.Matches($@"\| {host} \| `dotnet tool restore && dotnet staticmath build --strict [^|]*` \| `(_site|public)` \|", readme);
        Assert.Contains("\"version\": \"" + ToolCommands.Version + "\"", File.ReadAllText(Path.Combine(root, ".config", "dotnet-tools.json")));
    }

    private static List<string> Steps(YamlMappingNode jobs, string job) =>
        ((YamlSequenceNode)((YamlMappingNode)jobs[job])["steps"]).Children.Cast<YamlMappingNode>()
            .Select(step => step.Children.TryGetValue(new YamlScalarNode("uses"), out var uses) ? "uses " + ((YamlScalarNode)uses).Value
                : step.Children.TryGetValue(new YamlScalarNode("run"), out var run) ? "run " + ((YamlScalarNode)run).Value : "")
            .ToList();

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); }
        catch (IOException) { }
    }
}
