using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Output;

/// <summary>
/// Builds into a temporary folder and swaps it in only on <see cref="Commit"/>, so a failed or interrupted build
/// leaves the previous site intact. The whole build holds the output's <see cref="OutputLock"/>. Before anything
/// else a build repairs what a killed one left: a commit cut between its two renames is rolled back (the previous
/// site is put back), then working folders are removed. A folder is replaced only when <see cref="OutputStamp"/>
/// says it is ours, unless forced.
/// <para>
/// The working folder sits beside the output and the commit is two renames — except when the output folder is a
/// mount point (a Docker volume, a tmpfs), which cannot be renamed: then the working folder sits inside it and the
/// commit moves the folder's entries (see <see cref="InPlaceCommit"/>).
/// </para>
/// </summary>
public sealed class AtomicOutput : IDisposable
{
    /// <summary>Names our own folders inside a mount-point output start with.</summary>
    public const string InPlacePrefix = ".staticmath-";

    private readonly string _outputDirectory;
    private readonly OutputLock _lock;
    private readonly bool _inPlace;
    private bool _committed;

    private AtomicOutput(string outputDirectory, string workingDirectory, OutputLock outputLock, bool inPlace)
    {
        _outputDirectory = outputDirectory;
        WorkingDirectory = workingDirectory;
        _lock = outputLock;
        _inPlace = inPlace;
    }

    /// <summary>Where this build writes; becomes the output folder on commit.</summary>
    public string WorkingDirectory { get; }

    /// <summary>
    /// Locks the output, repairs a killed build's leftovers and makes the working folder. Throws
    /// <see cref="OutputRefusedException"/> when another build holds the lock, or when the folder is not ours to
    /// replace and <paramref name="force"/> is false.
    /// </summary>
    public static AtomicOutput Begin(string outputDirectory, bool force = false)
    {
        outputDirectory = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(outputDirectory) ?? throw new IOException("the output folder cannot be a file-system root");
        Directory.CreateDirectory(parent);
        var outputLock = OutputLock.Acquire(outputDirectory);
        try
        {
            var name = Path.GetFileName(outputDirectory);
            RollBackInterruptedCommit(parent, name);
            var inPlace = IsMountPoint(outputDirectory);
            if (inPlace) InPlaceCommit.Recover(outputDirectory);
            if (!force && !OutputStamp.MayReplace(outputDirectory))
                throw new OutputRefusedException(DiagnosticCodes.OutputNotOurs,
                    $"the output folder '{outputDirectory}' holds files staticmath did not write (it has no {OutputStamp.FileName}); " +
                    "it would be replaced by the build, so nothing was written. Choose an empty or new folder, or pass --force to replace it");
            RemoveLeftovers(parent, name);
            var working = inPlace
                ? Path.Combine(outputDirectory, $"{InPlacePrefix}building-{Guid.NewGuid():N}")
                : Path.Combine(parent, $".{name}.building-{Guid.NewGuid():N}");
            Directory.CreateDirectory(working);
            return new AtomicOutput(outputDirectory, working, outputLock, inPlace);
        }
        catch
        {
            outputLock.Dispose();
            throw;
        }
    }

    /// <summary>Stamps the working folder and makes it the output folder (two renames; the old site is deleted last).</summary>
    public void Commit()
    {
        if (_committed) return;
        if (File.Exists(_outputDirectory))
            throw new IOException($"the output path '{_outputDirectory}' is a file, not a folder");
        OutputStamp.Write(WorkingDirectory);
        if (_inPlace)
        {
            InPlaceCommit.Run(_outputDirectory, WorkingDirectory);
            _committed = true;
            return;
        }
        string? old = null;
        if (Directory.Exists(_outputDirectory))
        {
            old = Path.Combine(Path.GetDirectoryName(_outputDirectory)!, $".{Path.GetFileName(_outputDirectory)}.old-{Guid.NewGuid():N}");
            Directory.Move(_outputDirectory, old);
        }
        try
        {
            Directory.Move(WorkingDirectory, _outputDirectory);
        }
        catch
        {
            if (old is not null) Directory.Move(old, _outputDirectory);
            throw;
        }
        _committed = true;
        if (old is not null) TryDelete(old);
    }

    public void Dispose()
    {
        if (!_committed) TryDelete(WorkingDirectory);
        _lock.Dispose();
    }

    /// <summary>
    /// A build killed between the commit's two renames left no output folder and the previous site under
    /// <c>.NAME.old-*</c>: that site is moved back, so a failing next build leaves it as it was.
    /// </summary>
    private static void RollBackInterruptedCommit(string parent, string name)
    {
        var output = Path.Combine(parent, name);
        if (Directory.Exists(output) || File.Exists(output)) return;
        var previous = Directory.EnumerateDirectories(parent, $".{name}.old-*")
            .Select(d => new DirectoryInfo(d)).OrderByDescending(d => d.LastWriteTimeUtc).FirstOrDefault();
        if (previous is not null) Directory.Move(previous.FullName, output);
    }

    private static bool IsMountPoint(string directory)
    {
        if (!Directory.Exists(directory)) return false;
        try
        {
            var real = RealPath.Of(directory);
            return DriveInfo.GetDrives().Any(d => string.Equals(d.RootDirectory.FullName.TrimEnd(Path.DirectorySeparatorChar), real, StringComparison.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var pattern in new[] { $".{name}.building-*", $".{name}.old-*" })
        {
            foreach (var dir in Directory.EnumerateDirectories(parent, pattern))
                TryDelete(dir);
        }
    }

    internal static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover is removed by the next build.
        }
    }
}
