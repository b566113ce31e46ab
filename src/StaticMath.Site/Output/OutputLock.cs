using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Output;

/// <summary>
/// An exclusive lock on an output folder for the whole of a build (its leftover cleanup, its working folder and its
/// commit), so that a second build into the same folder cannot delete the first one's work: the second is refused.
/// The lock is a file beside the output, held open without sharing (an advisory <c>flock</c> on Unix, a share
/// lock on Windows), so the operating system releases it when the process dies; the file itself stays.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private readonly FileStream _handle;

    private OutputLock(FileStream handle) => _handle = handle;

    /// <summary>Takes the lock for <paramref name="outputDirectory"/> or throws <see cref="OutputRefusedException"/> (SM1401).</summary>
    public static OutputLock Acquire(string outputDirectory)
    {
        var path = PathFor(outputDirectory);
        try
        {
            return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (e is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException))
        {
            throw new OutputRefusedException(DiagnosticCodes.OutputLocked,
                $"another staticmath build is writing this output folder (it holds {Path.GetFileName(path)}); run one build at a time, or give each its own --output ({e.Message})");
        }
    }

    /// <summary>The lock file: <c>.NAME.lock</c> beside the output folder <c>NAME</c>.</summary>
    public static string PathFor(string outputDirectory) =>
        Path.Combine(Path.GetDirectoryName(outputDirectory)!, $".{Path.GetFileName(outputDirectory)}.lock");

    public void Dispose() => _handle.Dispose();
}
