using System.Text;
using StaticMath.Site.Build;
using StaticMath.Site.Core;

namespace StaticMath.Site.Tests.Golden;

/// <summary>
/// Builds a site with a fixed clock and no math cache and compares every output file, byte for byte, with a checked-in
/// copy under <c>Golden/Snapshots/NAME/</c>. With <c>UPDATE_SNAPSHOTS=1</c> it rewrites that copy instead, so an
/// intended change to the output is one command and shows up as a diff in review.
/// </summary>
internal static class GoldenSnapshot
{
    public const string UpdateVariable = "UPDATE_SNAPSHOTS";

    /// <summary>Fixed so that dates such as the feed's <c>updated</c> never depend on when the test runs.</summary>
    /// <summary>The build's diagnostics, one a line; no build writes a file of this name (its name has a space).</summary>
    public const string DiagnosticsFile = "build diagnostics.txt";

    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string SnapshotDirectory(string name) =>
        Path.Combine(RepositoryRoot, "tests", "StaticMath.Site.Tests", "Golden", "Snapshots", name);

    /// <summary>Builds <paramref name="sourceDirectory"/> and checks (or rewrites) the snapshot <paramref name="name"/>.</summary>
    public static void Verify(string name, string sourceDirectory)
    {
        var output = Path.Combine(Path.GetTempPath(), "sm-golden-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SiteBuilder.Build(new BuildOptions
            {
                SourceDirectory = sourceDirectory,
                OutputDirectory = output,
                NoCache = true,
                Now = Now,
            });
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

            // The build's messages are output too: kept beside the pages, with the machine's folder taken out.
            var diagnostics = Path.Combine(output, DiagnosticsFile);
            File.WriteAllText(diagnostics, string.Concat(result.Diagnostics.Select(d => d.ToString().Replace(sourceDirectory, "SITE", StringComparison.Ordinal) + "\n")));

            var snapshot = SnapshotDirectory(name);
            if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            {
                Rewrite(snapshot, output);
                return;
            }

            var problems = Compare(snapshot, output);
            Assert.True(problems.Count == 0,
                $"output differs from Golden/Snapshots/{name} ({problems.Count} files). If the change is intended, run "
                + $"`{UpdateVariable}=1 dotnet test tests/StaticMath.Site.Tests --filter Golden` and commit the diff.\n"
                + string.Join("\n", problems.Take(20)));
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    private static List<string> Compare(string snapshot, string output)
    {
        var expected = Files(snapshot);
        var actual = Files(output);
        var problems = new List<string>();
        problems.AddRange(expected.Except(actual).Select(path => "missing from output: " + path));
        problems.AddRange(actual.Except(expected).Select(path => "not in snapshot: " + path));
        foreach (var path in expected.Intersect(actual))
        {
            var want = File.ReadAllBytes(Path.Combine(snapshot, path));
            var got = File.ReadAllBytes(Path.Combine(output, path));
            if (!want.AsSpan().SequenceEqual(got)) problems.Add(path + ": " + FirstDifference(want, got));
        }

        problems.Sort(StringComparer.Ordinal);
        return problems;
    }

    /// <summary>Where two files first differ, with a little text around it so the failure says what changed.</summary>
    private static string FirstDifference(byte[] want, byte[] got)
    {
        var at = 0;
        while (at < want.Length && at < got.Length && want[at] == got[at]) at++;
        var from = System.Math.Max(0, at - 60);
        string Around(byte[] bytes) => Encoding.UTF8.GetString(bytes, from, System.Math.Min(bytes.Length, at + 60) - from);
        return $"first difference at byte {at}\n  expected …{Around(want)}…\n  actual   …{Around(got)}…";
    }

    /// <summary>Output-relative paths with '/' separators, so snapshots compare the same on every OS.</summary>
    private static SortedSet<string> Files(string root) =>
        Directory.Exists(root)
            ? new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/')), StringComparer.Ordinal)
            : new(StringComparer.Ordinal);

    private static void Rewrite(string snapshot, string output)
    {
        if (Directory.Exists(snapshot)) Directory.Delete(snapshot, recursive: true);
        foreach (var path in Files(output))
        {
            var target = Path.Combine(snapshot, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(output, path), target);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticMath.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("StaticMath.sln not found");
    }
}
