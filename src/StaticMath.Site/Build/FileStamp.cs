using System.Security.Cryptography;

namespace StaticMath.Site.Build;

/// <summary>
/// Length and last write time of a file (or "missing"): how an incremental rebuild tells a file changed. Times are
/// only as fine as the file system keeps them (1 s on ext3 and HFS+, 2 s on FAT), so two saves of the same length
/// within that step look alike. A stamp taken while its file's time was that recent also keeps a hash of the
/// content, and <see cref="IsCurrent"/> compares contents when length and time are equal (what Git does for
/// "racily clean" files); older files are not read again.
/// </summary>
public readonly record struct FileStamp(long Length, long LastWriteTicks, string? ContentHash = null)
{
    public static readonly FileStamp Missing = new(-1, 0);

    /// <summary>A file time at most this old may be shared by a later save: FAT's 2 s step, plus clock slack.</summary>
    private static readonly TimeSpan CoarsestTimeStep = TimeSpan.FromSeconds(3);

    public static FileStamp Of(string fullPath)
    {
        var info = new FileInfo(fullPath);
        if (!info.Exists) return Missing;
        var written = info.LastWriteTimeUtc;
        var racy = DateTime.UtcNow - written < CoarsestTimeStep;
        return new FileStamp(info.Length, written.Ticks, racy ? HashOf(fullPath) : null);
    }

    /// <summary>A stamp that always carries the content hash (for the few files whose stamps are joined into keys).</summary>
    public static FileStamp WithContentOf(string fullPath)
    {
        var stamp = Of(fullPath);
        return stamp == Missing || stamp.ContentHash is not null ? stamp : stamp with { ContentHash = HashOf(fullPath) };
    }

    /// <summary>Whether the file is still what this stamp was taken of.</summary>
    public bool IsCurrent(string fullPath)
    {
        var now = Of(fullPath);
        if (now.Length != Length || now.LastWriteTicks != LastWriteTicks) return false;
        if (ContentHash is null) return true;
        return (now.ContentHash ?? HashOf(fullPath)) == ContentHash;
    }

    private static string? HashOf(string fullPath)
    {
        try
        {
            using var stream = File.OpenRead(fullPath);
            return Convert.ToHexString(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
