using StaticMath.Site.Content;
using StaticMath.Site.Core;
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
            return Refuse(DiagnosticCodes.SourceMissing, options.SourceDirectory, "the source folder does not exist");
        if (OutputWouldClobberSource(siteDirectory, outputDirectory))
            return Refuse(DiagnosticCodes.OutputInsideSource, Path.GetRelativePath(siteDirectory, outputDirectory),
                "the output folder must not be the site folder, contain it, or lie inside content/ or static/ (it is replaced on every build)");

        AtomicOutput output;
        try
        {
            output = AtomicOutput.Begin(outputDirectory, options.ReplaceOutput);
        }
        catch (OutputRefusedException e)
        {
            return Refuse(e.Code, outputDirectory, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only folder, or a parent that is a file: nothing was written, and the message says why.
            return Refuse(DiagnosticCodes.CannotWriteOutputFolder, outputDirectory, $"cannot write the output folder: {e.Message}");
        }
        using var _ = output;
        return new SiteSession(options, keepBetweenBuilds: false).Build(new DirectoryOutput(output.WorkingDirectory), output.Commit, outputDirectory, progress, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Deletes the records of the pages earlier builds wrote (<c>.staticmath/pages.db</c>), so the next build makes
    /// every page; true when there were any.
    /// </summary>
    public static bool ClearPageRecords(string siteDirectory)
    {
        var path = PageRecordStore.PathFor(siteDirectory);
        var existed = File.Exists(path);
        PageRecordStore.Delete(path);
        return existed;
    }

    /// <summary>Compared where the folders really are: a symbolic link must not make the site look like another folder.</summary>
    private static bool OutputWouldClobberSource(string siteDirectory, string outputDirectory)
    {
        static string Real(string p)
        {
            try
            {
                return RealPath.Of(p).TrimEnd(Path.DirectorySeparatorChar);
            }
            catch (IOException)
            {
                return Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar); // a link cycle: the name is all there is
            }
        }
        var site = Real(siteDirectory);
        var output = Real(outputDirectory);
        return RealPath.IsInside(site, output)
               || RealPath.IsInside(output, Real(Path.Combine(siteDirectory, ContentLoader.ContentFolder)))
               || RealPath.IsInside(output, Real(Path.Combine(siteDirectory, ContentLoader.StaticFolder)));
    }
}
