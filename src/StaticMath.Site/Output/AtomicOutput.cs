namespace StaticMath.Site.Output;

/// <summary>
/// Builds into a temporary folder next to the output folder and swaps it in only on <see cref="Commit"/>, so a failed
/// or interrupted build leaves the previous site intact. Leftovers of a killed build are removed by the next one.
/// </summary>
public sealed class AtomicOutput : IDisposable
{
    private readonly string _outputDirectory;
    private bool _committed;

    private AtomicOutput(string outputDirectory, string workingDirectory)
    {
        _outputDirectory = outputDirectory;
        WorkingDirectory = workingDirectory;
    }

    /// <summary>Where this build writes; becomes the output folder on commit.</summary>
    public string WorkingDirectory { get; }

    public static AtomicOutput Begin(string outputDirectory)
    {
        outputDirectory = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(outputDirectory) ?? throw new IOException("the output folder cannot be a file-system root");
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, Path.GetFileName(outputDirectory));
        var working = Path.Combine(parent, $".{Path.GetFileName(outputDirectory)}.building-{Guid.NewGuid():N}");
        Directory.CreateDirectory(working);
        return new AtomicOutput(outputDirectory, working);
    }

    /// <summary>Replaces the output folder with the working folder (two renames; the old site is deleted last).</summary>
    public void Commit()
    {
        if (_committed) return;
        if (File.Exists(_outputDirectory))
            throw new IOException($"the output path '{_outputDirectory}' is a file, not a folder");
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
    }

    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var pattern in new[] { $".{name}.building-*", $".{name}.old-*" })
        {
            foreach (var dir in Directory.EnumerateDirectories(parent, pattern))
                TryDelete(dir);
        }
    }

    private static void TryDelete(string directory)
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
