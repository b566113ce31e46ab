using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Liquid;
using StaticMath.Site.Output;
using StaticMath.Site.Themes;

namespace StaticMath.Site.Build;

/// <summary>Writing a build's files into its output: a failure is an error naming the file, and the build goes on.</summary>
internal static class OutputFiles
{
    public static bool Write(ISiteOutput output, string relativePath, string text, string sourceForErrors, DiagnosticBag diagnostics) =>
        Write(relativePath, sourceForErrors, diagnostics, () => output.WriteText(relativePath, text));

    /// <summary>A page in the pieces its layouts wrote (see <see cref="PageText"/>).</summary>
    public static bool Write(ISiteOutput output, string relativePath, PageText text, string sourceForErrors, DiagnosticBag diagnostics) =>
        Write(relativePath, sourceForErrors, diagnostics, () => output.WriteText(relativePath, text));

    private static bool Write(string relativePath, string sourceForErrors, DiagnosticBag diagnostics, Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.CannotWriteOutput, sourceForErrors, 0, 0, $"cannot write {relativePath}: {e.Message}");
            return false;
        }
    }

    /// <summary>The files of <c>content/</c> and <c>static/</c>, then the theme's assets the site does not replace; returns the count.</summary>
    public static int Copy(IReadOnlyList<StaticFile> files, ThemeFiles theme, IReadOnlyDictionary<string, string> claims, ISiteOutput output,
        DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var copied = 0;
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (claims.TryGetValue(file.OutputPath, out var owner))
            {
                diagnostics.Error(DiagnosticCodes.FileOverwritesPage, file.SourcePath, 0, 0, $"the file would overwrite the output of {owner}; rename or move it");
                continue;
            }
            if (!taken.Add(file.OutputPath))
            {
                diagnostics.Warning(DiagnosticCodes.DuplicateStaticFile, file.SourcePath, 0, 0, $"another file already provides /{file.OutputPath}; this one is ignored");
                continue;
            }
            try
            {
                output.CopyFile(file.OutputPath, file.FullPath);
                copied++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.CannotReadFile, file.SourcePath, 0, 0, $"cannot copy file: {e.Message}");
            }
        }

        // Theme assets (CSS, fonts, images) unless the site provides a file at the same path.
        foreach (var asset in theme.ListUnder("assets"))
        {
            if (taken.Contains(asset.Path) || claims.ContainsKey(asset.Path)) continue;
            try
            {
                if (asset.FullPath is { } full) output.CopyFile(asset.Path, full);
                else output.CopyStream(asset.Path, asset.OpenRead);
                copied++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.CannotReadFile, asset.DisplayPath, 0, 0, $"cannot copy theme asset: {e.Message}");
            }
        }
        return copied;
    }
}
