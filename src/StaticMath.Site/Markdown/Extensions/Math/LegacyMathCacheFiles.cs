using System.Text.RegularExpressions;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// The one-JSON-file-per-equation cache of earlier versions (<c>.staticmath/cache/ab/ab….json</c>). Builds no longer
/// read or write it and leave it alone; <c>staticmath cache clear</c> deletes exactly the files those versions wrote
/// (by their name pattern) and the folders they leave empty — anything else in the folder stays.
/// </summary>
public static partial class LegacyMathCacheFiles
{
    public const string DisplayPath = ".staticmath/cache/";

    public static IReadOnlyList<string> Find(string siteDirectory)
    {
        var folder = FolderOf(siteDirectory);
        if (!Directory.Exists(folder))
            return [];

        return Directory.EnumerateDirectories(folder)
            .Where(d => ShardName().IsMatch(Path.GetFileName(d)))
            .SelectMany(d => Directory.EnumerateFiles(d).Where(f => IsOurs(Path.GetFileName(d), Path.GetFileName(f))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Deletes the earlier versions' cache files; returns how many there were.</summary>
    public static int Delete(string siteDirectory)
    {
        var files = Find(siteDirectory);
        foreach (var file in files)
            File.Delete(file);

        var folder = FolderOf(siteDirectory);
        foreach (var shard in files.Select(Path.GetDirectoryName).Distinct(StringComparer.Ordinal))
            DeleteIfEmpty(shard!);
        DeleteIfEmpty(folder);
        return files.Count;
    }

    private static string FolderOf(string siteDirectory) => Path.Combine(siteDirectory, ".staticmath", "cache");

    private static bool IsOurs(string shard, string fileName) =>
        EntryName().Match(fileName) is { Success: true } match && match.Groups[1].Value.StartsWith(shard, StringComparison.Ordinal);

    private static void DeleteIfEmpty(string folder)
    {
        if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            Directory.Delete(folder);
    }

    [GeneratedRegex("^[0-9a-f]{2}$")]
    private static partial Regex ShardName();

    // An entry, or the temporary file of an interrupted write (key.json.<guid>.tmp).
    [GeneratedRegex("^([0-9a-f]{64})\\.json(\\.[0-9a-f]{32}\\.tmp)?$")]
    private static partial Regex EntryName();
}
