using System.Security.Cryptography;
using StaticMath.Cli.Commands;
using StaticMath.Site.Build;
using StaticMath.Site.Configuration;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Import;

namespace StaticMath.Cli.Tests.Import;

/// <summary>One run of <c>staticmath import</c> on a fixture site into a fresh folder, with what it printed.</summary>
internal sealed class ImportRun : IDisposable
{
    public static readonly string FixturesDirectory = Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures");

    private ImportRun(string source, string target, int exitCode, string output, string errors)
    {
        Source = source;
        Target = target;
        ExitCode = exitCode;
        Output = output;
        Errors = errors;
    }

    public string Source { get; }

    public string Target { get; }

    public int ExitCode { get; }

    public string Output { get; }

    public string Errors { get; }

    /// <summary>The "what was converted" lines (indented on stdout), without the indent.</summary>
    public IReadOnlyList<string> Converted => Lines(Output).Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();

    /// <summary>Every line on stderr: the located warnings and errors.</summary>
    public IReadOnlyList<string> Problems => Lines(Errors);

    public static ImportRun Of(string fixture, string? target = null, SourceGenerator? generator = null, bool force = false) =>
        Run(Path.Combine(FixturesDirectory, fixture), target ?? NewFolder(), generator, force);

    public static ImportRun Run(string source, string target, SourceGenerator? generator = null, bool force = false)
    {
        var output = new StringWriter { NewLine = "\n" };
        var errors = new StringWriter { NewLine = "\n" };
        var exitCode = ImportCommand.Run(new ImportOptions(source, target, generator, force), output, errors);
        return new ImportRun(source, target, exitCode, output.ToString(), errors.ToString());
    }

    public static string NewFolder() => Path.Combine(Path.GetTempPath(), "sm-import-" + Guid.NewGuid().ToString("N"));

    /// <summary>The imported staticmath.yml as the build reads it; a key it does not know would be a diagnostic.</summary>
    public SiteConfig LoadConfig()
    {
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.LoadFromDirectory(Target, SiteFeatures.Sections, diagnostics);
        Assert.Empty(diagnostics.ToList());
        return config;
    }

    public BuildResult Build() => SiteBuilder.Build(new BuildOptions
    {
        SourceDirectory = Target,
        IncludeDrafts = true,
        Now = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero),
    });

    public bool Built(string outputPath) => File.Exists(Path.Combine(Target, "_site", outputPath));

    /// <summary>Asserts the new site holds a byte-identical copy of a source file.</summary>
    public void AssertCopied(string sourcePath, string targetPath)
    {
        var copy = Path.Combine(Target, targetPath);
        Assert.True(File.Exists(copy), $"{targetPath} was not written");
        Assert.Equal(File.ReadAllBytes(Path.Combine(Source, sourcePath)), File.ReadAllBytes(copy));
    }

    /// <summary>Every file's path and SHA-256 under a folder, to prove an import changed nothing there.</summary>
    public static IReadOnlyList<string> Fingerprint(string directory) =>
        Directory.EnumerateFileSystemEntries(directory, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(path => Path.GetRelativePath(directory, path) + " " + (File.Exists(path) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))) : "dir"))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public void Dispose()
    {
        try { Directory.Delete(Target, recursive: true); }
        catch (DirectoryNotFoundException) { }
        catch (IOException) { }
    }
}
