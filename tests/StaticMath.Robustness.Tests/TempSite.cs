using StaticMath.Site.Build;
using StaticMath.Site.Core;

namespace StaticMath.Robustness.Tests;

/// <summary>A site in a temporary folder, built with the real builder.</summary>
internal sealed class TempSite : IDisposable
{
    public TempSite(string config = "title: Robustness\nbaseUrl: https://example.org/\n")
    {
        Root = Path.Combine(Path.GetTempPath(), "sm-robust-" + Guid.NewGuid().ToString("N"));
        Directory = Path.Combine(Root, "site");
        System.IO.Directory.CreateDirectory(Directory);
        Write("staticmath.yml", config);
    }

    /// <summary>The folder holding the site folder (and nothing else): where a path escaping the site would land.</summary>
    public string Root { get; }

    public string Directory { get; }

    public string Output => Path.Combine(Directory, "_site");

    public string PathOf(string relative) => Path.Combine(Directory, relative);

    public void Write(string relative, string text) => WriteBytes(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string relative, byte[] bytes)
    {
        var full = PathOf(relative);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public BuildResult Build(int parallelism = 0, bool strict = false, TimeSpan? limit = null) =>
        Bounded.Run(() => SiteBuilder.Build(new BuildOptions
        {
            SourceDirectory = Directory,
            MaxParallelism = parallelism,
            Strict = strict,
            NoCache = true,
            Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero),
        }), "site build", limit);

    /// <summary>Every file of the output folder with its SHA-256, sorted by path.</summary>
    public IReadOnlyList<string> OutputHashes()
    {
        return System.IO.Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/') + " " + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))
            .Order(StringComparer.Ordinal).ToList();
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
