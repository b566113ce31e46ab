using System.Security.Cryptography;
using StaticMath.Cli.Tests.EndToEnd;

namespace StaticMath.Cli.Tests.Math;

/// <summary>
/// Two <c>staticmath build</c> processes on one site at once (a build beside <c>serve</c>, two terminals, a CI retry)
/// share the math cache store through SQLite's file locks: both succeed, neither finds it damaged, and a later build
/// takes every equation from it.
/// </summary>
public sealed class MathCacheTwoProcessTests : IDisposable
{
    private const int Posts = 40;

    private readonly string _site = Path.Combine(Path.GetTempPath(), "sm-cache-2p-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Two_build_processes_at_once_share_the_store_and_neither_damages_it()
    {
        WriteSite();
        var builds = new[] { "out-a", "out-b" }.Select(output => Task.Run(() => CliProcess.Run(_site, "build", "--output", output))).ToArray();
        foreach (var build in await Task.WhenAll(builds))
        {
            Assert.True(build.ExitCode == 0, build.ToString());
            Assert.DoesNotContain("SM2050", build.StandardOutput + build.StandardError, StringComparison.Ordinal);
        }

        var warm = CliProcess.Run(_site, "build", "--output", "out-c");
        Assert.True(warm.ExitCode == 0, warm.ToString());
        Assert.DoesNotContain("SM2050", warm.StandardOutput + warm.StandardError, StringComparison.Ordinal);
        Assert.Contains($"{3 * Posts} (0 typeset, {3 * Posts} from cache)", warm.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(Hashes("out-a"), Hashes("out-c"));
        Assert.Equal(Hashes("out-b"), Hashes("out-c"));
    }

    /// <summary>Posts with three equations each that no other post has: both processes typeset and save them all.</summary>
    private void WriteSite()
    {
        var posts = Path.Combine(_site, "content", "posts");
        Directory.CreateDirectory(posts);
        File.WriteAllText(Path.Combine(_site, "staticmath.yml"), "title: Two\nbaseUrl: https://example.org/\n");
        for (var i = 0; i < Posts; i++)
        {
            File.WriteAllText(Path.Combine(posts, $"2024-01-01-p{i:00}.md"),
                $"---\ntitle: Post {i}\n---\n\n$$\\sum_{{k=1}}^{{{i}}} \\frac{{k^2}}{{\\sqrt{{{i}+k}}}}$$\n\nText with $a_{{{i}}}^2$ and $\\int_0^{{{i}}} f$.\n");
        }
    }

    private List<string> Hashes(string output)
    {
        var folder = Path.Combine(_site, output);
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            .Order(StringComparer.Ordinal).ToList();
    }

    public void Dispose() => Directory.Delete(_site, recursive: true);
}
