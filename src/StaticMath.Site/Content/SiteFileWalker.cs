using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Content;

/// <summary>
/// The files under a folder of the site (<c>content/</c>, <c>static/</c>) that may be built, in ordinal path order.
/// A symbolic link is followed only when it really leads to a place inside the site: a link out of it (to
/// <c>/etc/passwd</c>, a home folder) is an error naming the link, and nothing behind it is read. A folder link
/// back to a folder being walked (a cycle) is not walked again. A folder that cannot be read is a warning naming
/// it, where it was once silently dropped.
/// </summary>
/// <param name="boundary">The folder links must stay in: the site, or a theme's folder for its files.</param>
/// <param name="displayRoot">Paths in diagnostics are relative to it (the site folder); default <paramref name="boundary"/>.</param>
public sealed class SiteFileWalker(string boundary, DiagnosticBag diagnostics, string? displayRoot = null)
{
    private readonly string _displayRoot = Path.GetFullPath(displayRoot ?? boundary);
    private readonly Lazy<string> _realSite = new(() => RealPath.Of(boundary));

    /// <summary>Files under <paramref name="root"/>, skipping names for which <paramref name="skip"/> is true (and all below them).</summary>
    public IReadOnlyList<string> Files(string root, Func<string, bool> skip)
    {
        var files = new List<string>();
        if (Directory.Exists(root) && TryResolveInsideSite(new DirectoryInfo(root), out var realRoot)) Walk(root, [realRoot], skip, files);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private void Walk(string directory, List<string> realChain, Func<string, bool> skip, List<string> files)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(directory).GetFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(DiagnosticCodes.UnreadableFolder, Display(directory), 0, 0, $"cannot read this folder, so its files are not part of the site: {e.Message}");
            return;
        }
        foreach (var entry in entries)
        {
            if (skip(entry.Name)) continue;
            var real = Path.Combine(realChain[^1], entry.Name);
            var isFolder = entry is DirectoryInfo;
            if (entry.LinkTarget is not null)
            {
                if (!TryResolveInsideSite(entry, out real)) continue;
                isFolder = Directory.Exists(real);
                // A link to a folder already being walked would walk it forever.
                if (isFolder && realChain.Any(walked => RealPath.IsInside(walked, real))) continue;
            }
            if (isFolder)
            {
                realChain.Add(real);
                Walk(entry.FullName, realChain, skip, files);
                realChain.RemoveAt(realChain.Count - 1);
            }
            else if (entry.LinkTarget is null || File.Exists(real))
            {
                files.Add(entry.FullName);
            }
        }
    }

    private bool TryResolveInsideSite(FileSystemInfo link, out string real)
    {
        try
        {
            real = RealPath.Of(link.FullName);
        }
        catch (IOException e)
        {
            real = "";
            diagnostics.Error(DiagnosticCodes.OutsideSite, Display(link.FullName), 0, 0, $"symbolic link cannot be followed ({e.Message}); it is not read");
            return false;
        }
        if (RealPath.IsInside(real, _realSite.Value)) return true;
        diagnostics.Error(DiagnosticCodes.OutsideSite, Display(link.FullName), 0, 0, SiteBoundary.Message("this file or folder", real));
        return false;
    }

    private string Display(string path) => Path.GetRelativePath(_displayRoot, path).Replace('\\', '/');
}
