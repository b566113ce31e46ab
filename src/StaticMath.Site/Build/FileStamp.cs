namespace StaticMath.Site.Build;

/// <summary>Length and last write time of a file (or "missing"): how an incremental rebuild tells a file changed.</summary>
public readonly record struct FileStamp(long Length, long LastWriteTicks)
{
    public static readonly FileStamp Missing = new(-1, 0);

    public static FileStamp Of(string fullPath)
    {
        var info = new FileInfo(fullPath);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : Missing;
    }
}
