namespace StaticMath.Site.Import;

/// <summary>
/// The guard on the folder an import writes: it must be new or empty, or a folder an earlier import made (its stamp
/// lists the files it wrote) with <c>--force</c>; then only those files may be replaced, never one the user added.
/// As <see cref="Output.OutputStamp"/> does for build output.
/// </summary>
public static class ImportTarget
{
    public const string StampFileName = ".staticmath-import";

    private const string StampHeader = "# This site was written by `staticmath import`; the files it wrote (replaced by `staticmath import --force`):";

    /// <summary>Null when <paramref name="files"/> may be written into <paramref name="directory"/>, else why not.</summary>
    public static string? Refusal(string directory, IEnumerable<string> files, bool force)
    {
        if (File.Exists(directory)) return $"'{directory}' is a file, not a folder";
        if (!Directory.Exists(directory) || !Directory.EnumerateFileSystemEntries(directory).Any()) return null;
        var stamp = Path.Combine(directory, StampFileName);
        if (!File.Exists(stamp))
            return $"'{directory}' is not empty and was not made by staticmath import; import into a new or empty folder";
        if (!force)
            return $"'{directory}' holds an earlier import; pass --force to replace the files it wrote";
        var written = File.ReadAllLines(stamp).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var foreign = files.FirstOrDefault(f => !written.Contains(f) && (File.Exists(Path.Combine(directory, f)) || Directory.Exists(Path.Combine(directory, f))));
        return foreign is null ? null : $"'{foreign}' in '{directory}' was not written by the earlier import; it is not replaced (move it away first)";
    }

    public static void WriteStamp(string directory, IEnumerable<string> files) =>
        File.WriteAllText(Path.Combine(directory, StampFileName), StampHeader + "\n" + string.Join("\n", files.Order(StringComparer.Ordinal)) + "\n");
}
