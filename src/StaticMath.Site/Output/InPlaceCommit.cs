namespace StaticMath.Site.Output;

/// <summary>
/// The commit for an output folder that cannot be renamed because it is a mount point: its contents are replaced
/// instead, by renames inside the folder (one file system). Each step leaves a state the next build can undo:
/// <list type="number">
/// <item>the site's entries move into <c>.staticmath-old-ID</c>;</item>
/// <item>that folder is renamed <c>.staticmath-replaced-ID</c> (all of the old site is in it);</item>
/// <item>the entries of the working folder <c>.staticmath-building-ID</c> move up, and the empty working folder is deleted (the new site is complete);</item>
/// <item><c>.staticmath-replaced-ID</c> is deleted.</item>
/// </list>
/// </summary>
internal static class InPlaceCommit
{
    private const string Old = AtomicOutput.InPlacePrefix + "old-";
    private const string Replaced = AtomicOutput.InPlacePrefix + "replaced-";
    private const string Building = AtomicOutput.InPlacePrefix + "building-";

    public static void Run(string output, string working)
    {
        var id = Path.GetFileName(working)[Building.Length..];
        var old = Path.Combine(output, Old + id);
        Directory.CreateDirectory(old);
        foreach (var entry in SiteEntries(output)) MoveEntry(entry, Path.Combine(old, Path.GetFileName(entry)));
        var replaced = Path.Combine(output, Replaced + id);
        Directory.Move(old, replaced);
        foreach (var entry in Directory.EnumerateFileSystemEntries(working).ToList()) MoveEntry(entry, Path.Combine(output, Path.GetFileName(entry)));
        Directory.Delete(working);
        AtomicOutput.TryDelete(replaced);
    }

    /// <summary>Puts the previous site back when a build was killed in steps 1–3; finishes step 4; removes working folders.</summary>
    public static void Recover(string output)
    {
        foreach (var old in Directory.EnumerateDirectories(output, Old + "*").ToList())
            MoveBack(old, output);
        foreach (var replaced in Directory.EnumerateDirectories(output, Replaced + "*").ToList())
        {
            var working = Path.Combine(output, Building + Path.GetFileName(replaced)[Replaced.Length..]);
            if (Directory.Exists(working))
            {
                // Step 3 was cut: what is in the folder now is the new site's, written by us; the old one goes back.
                foreach (var entry in SiteEntries(output)) Delete(entry);
                MoveBack(replaced, output);
            }
            else
            {
                AtomicOutput.TryDelete(replaced);
            }
        }
        foreach (var working in Directory.EnumerateDirectories(output, Building + "*").ToList())
            AtomicOutput.TryDelete(working);
    }

    private static void MoveBack(string from, string output)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(from).ToList())
            MoveEntry(entry, Path.Combine(output, Path.GetFileName(entry)));
        Directory.Delete(from);
    }

    private static List<string> SiteEntries(string output) =>
        Directory.EnumerateFileSystemEntries(output)
            .Where(e => !Path.GetFileName(e).StartsWith(AtomicOutput.InPlacePrefix, StringComparison.Ordinal)
                        || Path.GetFileName(e) == OutputStamp.FileName)
            .ToList();

    private static void MoveEntry(string from, string to)
    {
        if (Directory.Exists(from) && !File.Exists(from)) Directory.Move(from, to);
        else File.Move(from, to);
    }

    private static void Delete(string entry)
    {
        if (Directory.Exists(entry) && new FileInfo(entry).LinkTarget is null) Directory.Delete(entry, recursive: true);
        else File.Delete(entry);
    }
}
