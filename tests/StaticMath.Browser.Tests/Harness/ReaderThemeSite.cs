using StaticMath.Site.Build;
using StaticMath.Site.Core;

namespace StaticMath.Browser.Tests.Harness;

/// <summary>
/// Builds <c>Fixtures/reader-theme</c> once per test class: posts in the shapes real blogs gave the default theme (text
/// after raw HTML, a notation table, author colours, wide displays, inline math before punctuation, an author-date
/// citation, Distill layout blocks). The source is copied first so the build's cache never lands in the repository.
/// </summary>
public sealed class ReaderThemeSite : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sm-reader-theme-" + Guid.NewGuid().ToString("N"));

    public string OutputDirectory { get; }

    public ReaderThemeSite()
    {
        var source = Path.Combine(_root, "site");
        Copy(Path.Combine(RepositoryPaths.Root, "tests", "StaticMath.Browser.Tests", "Fixtures", "reader-theme"), source);
        OutputDirectory = Path.Combine(_root, "_site");
        var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = source, OutputDirectory = OutputDirectory });
        if (!result.OutputWritten)
            throw new InvalidOperationException("building the reader-theme fixture failed:\n" + string.Join("\n", result.Diagnostics));
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
