namespace StaticMath.Site.Output;

/// <summary>
/// The marker a build leaves in the output folder at commit, so the next build knows the folder is ours to replace.
/// A folder is replaced only when it is empty, carries the stamp, or is the output of a version from before the stamp
/// (its <c>feed.xml</c> names StaticMath as generator and it holds no <c>.git</c>); anything else may be the user's
/// files and is refused unless the build is forced.
/// </summary>
public static class OutputStamp
{
    public const string FileName = ".staticmath-output";

    public const string Text = "This folder is the output of `staticmath build`, which replaces it on every build.\n";

    public static void Write(string outputDirectory) => File.WriteAllText(Path.Combine(outputDirectory, FileName), Text);

    /// <summary>Whether a build may replace <paramref name="directory"/> (true when it does not exist).</summary>
    public static bool MayReplace(string directory)
    {
        if (!Directory.Exists(directory)) return true;
        if (!Directory.EnumerateFileSystemEntries(directory).Any(IsUserEntry)) return true;
        return File.Exists(Path.Combine(directory, FileName)) || IsEarlierOutput(directory);
    }

    /// <summary>Our own folders inside a mount-point output (see <see cref="AtomicOutput"/>) do not make it the user's.</summary>
    private static bool IsUserEntry(string path) => !Path.GetFileName(path).StartsWith(AtomicOutput.InPlacePrefix, StringComparison.Ordinal);

    private static bool IsEarlierOutput(string directory)
    {
        var feed = Path.Combine(directory, FeedWriter.FeedPath);
        if (Directory.Exists(Path.Combine(directory, ".git")) || File.Exists(Path.Combine(directory, ".git")) || !File.Exists(feed)) return false;
        try
        {
            using var reader = new StreamReader(feed);
            var head = new char[16384];
            var read = reader.ReadBlock(head, 0, head.Length);
            return new string(head, 0, read).Contains("<generator>StaticMath</generator>", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
