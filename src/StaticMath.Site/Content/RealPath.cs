namespace StaticMath.Site.Content;

/// <summary>
/// A path with every symbolic link resolved (what <c>realpath(3)</c> returns; parts that do not exist yet are kept
/// as written), so that "is this inside the site?" is asked of where a file really is, not of the name that leads to it.
/// </summary>
public static class RealPath
{
    /// <summary>Links followed before giving up, as the kernel's ELOOP limit does.</summary>
    private const int MaxLinks = 40;

    private static readonly char Separator = Path.DirectorySeparatorChar;

    /// <summary>The resolved absolute path; throws <see cref="IOException"/> on a link cycle.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var resolved = root;
        var pending = new Stack<string>(Segments(full[root.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var segment))
        {
            if (segment == ".") continue;
            if (segment == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? root;
                continue;
            }
            var next = Path.Combine(resolved, segment);
            var target = LinkTarget(next);
            if (target is null)
            {
                resolved = next;
                continue;
            }
            if (++links > MaxLinks) throw new IOException($"too many levels of symbolic links in '{path}'");
            // The target replaces this segment: absolute ones restart from the root, relative ones from the link's folder.
            if (Path.IsPathRooted(target)) resolved = Path.GetPathRoot(Path.GetFullPath(target))!;
            foreach (var part in Segments(Path.IsPathRooted(target) ? target[Path.GetPathRoot(target)!.Length..] : target).Reverse())
                pending.Push(part);
        }
        return resolved;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it; both must be real paths.</summary>
    public static bool IsInside(string path, string folder)
    {
        var prefix = folder.TrimEnd(Separator) + Separator;
        return path == folder.TrimEnd(Separator) || path.StartsWith(prefix, StringComparison.Ordinal) || prefix == Path.GetPathRoot(prefix);
    }

    /// <summary>Whether the real location of <paramref name="path"/> is inside the real location of <paramref name="folder"/>.</summary>
    public static bool ResolvesInside(string path, string folder)
    {
        try
        {
            return IsInside(Of(path), Of(folder));
        }
        catch (IOException)
        {
            return false; // a link cycle leads nowhere inside
        }
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string[] Segments(string path) =>
        path.Split([Separator, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
