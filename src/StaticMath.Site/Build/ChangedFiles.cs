namespace StaticMath.Site.Build;

/// <summary>
/// What changed in the site folder since the session's last build, as a file watcher saw it: the paths of files and
/// folders created, written, deleted or renamed. A rebuild looks again only at the files these may affect, instead of
/// stamping (and, for recent files, hashing) every file the previous build read. <see cref="Unknown"/> — the first
/// build, a plain <c>staticmath build</c>, or a watcher that lost events — looks at everything.
/// </summary>
public sealed class ChangedFiles
{
    /// <summary>Past this many paths (a checkout, a generator) checking each file costs no more than the set would save.</summary>
    private const int MaxPaths = 1000;

    public static readonly ChangedFiles Unknown = new(null, []);

    private readonly string? _root;
    private readonly string[] _paths;

    private ChangedFiles(string? root, string[] paths)
    {
        _root = root;
        _paths = paths;
    }

    /// <summary>The changes inside <paramref name="siteDirectory"/> (the folder watched) at these full paths.</summary>
    public static ChangedFiles Of(string siteDirectory, IEnumerable<string> fullPaths)
    {
        var paths = fullPaths.Select(p => Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar)).Distinct(StringComparer.Ordinal).ToArray();
        return paths.Length > MaxPaths ? Unknown : new ChangedFiles(WithSeparator(Path.GetFullPath(siteDirectory)), paths);
    }

    /// <summary>True when only the listed paths changed; false when anything may have.</summary>
    public bool IsKnown => _root is not null;

    /// <summary>
    /// Whether the file or folder at <paramref name="fullPath"/> may differ from the last build: it, a folder above it
    /// (renamed, deleted) or a path below it was reported; it lies outside the watched folder; or the changes are unknown.
    /// </summary>
    public bool MayAffect(string fullPath)
    {
        if (_root is null) return true;
        var path = Path.GetFullPath(fullPath).TrimEnd(Path.DirectorySeparatorChar);
        if (!WithSeparator(path).StartsWith(_root, StringComparison.Ordinal)) return true;
        return _paths.Any(changed => changed == path || IsInside(path, changed) || IsInside(changed, path));
    }

    /// <summary>
    /// Whether the files under <paramref name="folder"/> may no longer be <paramref name="listed"/> (full paths): a path
    /// inside it that was not a listed file, or no longer is a file, was reported (created, deleted, renamed), or the
    /// folder or one above it was, or the changes are unknown. Edits of listed files leave the list as it was.
    /// </summary>
    public bool MayChangeListOf(string folder, IReadOnlySet<string> listed)
    {
        if (_root is null) return true;
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        return _paths.Any(changed => changed == root || IsInside(root, changed)
            || IsInside(changed, root) && !(listed.Contains(changed) && File.Exists(changed)));
    }

    private static bool IsInside(string path, string folder) => path.StartsWith(WithSeparator(folder), StringComparison.Ordinal);

    private static string WithSeparator(string folder) => folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
}
