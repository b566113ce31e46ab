using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Output;

namespace StaticMath.Site.Build;

/// <summary>
/// <c>staticmath build</c>: builds a whole site once (through a fresh <see cref="SiteSession"/>) into a temporary
/// folder that replaces the output only when the build succeeds.
/// </summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var siteDirectory = Path.GetFullPath(options.SourceDirectory);
        var outputDirectory = options.ResolvedOutputDirectory;

        BuildResult Refuse(string code, string path, string message)
        {
            var diagnostics = new DiagnosticBag();
            diagnostics.Error(code, path, 0, 0, message);
            return new BuildResult
            {
                Succeeded = false, OutputWritten = false, OutputDirectory = outputDirectory, PagesWritten = 0, FilesCopied = 0,
                Diagnostics = diagnostics.Sorted(), Elapsed = TimeSpan.Zero,
            };
        }

        if (!Directory.Exists(siteDirectory))
            return Refuse("SM1006", options.SourceDirectory, "the source folder does not exist");
        if (OutputWouldClobberSource(siteDirectory, outputDirectory))
            return Refuse("SM1005", Path.GetRelativePath(siteDirectory, outputDirectory),
                "the output folder must not be the site folder, contain it, or lie inside content/ or static/ (it is replaced on every build)");

        AtomicOutput begun;
        try
        {
            begun = AtomicOutput.Begin(outputDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only folder, or a parent that is a file: nothing was written, and the message says why.
            return Refuse("SM1432", outputDirectory, $"cannot write the output folder: {e.Message}");
        }
        using var output = begun;
        return new SiteSession(options, keepBetweenBuilds: false).Build(new DirectoryOutput(output.WorkingDirectory), output.Commit, outputDirectory, progress, cancellationToken);
    }

    private static bool OutputWouldClobberSource(string siteDirectory, string outputDirectory)
    {
        static string Norm(string p) => Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var site = Norm(siteDirectory);
        var output = Norm(outputDirectory);
        return site.StartsWith(output, StringComparison.Ordinal)
               || output.StartsWith(Norm(Path.Combine(siteDirectory, ContentLoader.ContentFolder)), StringComparison.Ordinal)
               || output.StartsWith(Norm(Path.Combine(siteDirectory, ContentLoader.StaticFolder)), StringComparison.Ordinal);
    }
}
