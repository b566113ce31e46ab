namespace StaticMath.Site.Build;

/// <summary>
/// How one build tells that a file an earlier build used is unchanged: by comparing its stamp
/// (<see cref="FileStamp.IsCurrent"/>), and only when the reported changes may affect it. Counts the files it looked
/// at, so tests and benchmarks can see that a one-post edit does not look at the whole site.
/// </summary>
internal sealed class FileChecks(ChangedFiles changes)
{
    private int _looked;

    public ChangedFiles Changes => changes;

    /// <summary>Files whose stamps were compared (read from the file system) by this build.</summary>
    public int FilesLookedAt => Volatile.Read(ref _looked);

    public bool IsCurrent(string fullPath, FileStamp stamp)
    {
        if (!changes.MayAffect(fullPath)) return true;
        Interlocked.Increment(ref _looked);
        return stamp.IsCurrent(fullPath);
    }
}
