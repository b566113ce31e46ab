using StaticMath.Site.Content;

namespace StaticMath.Site.Themes;

/// <summary>
/// <c>staticmath theme export</c>: copies the default theme embedded in the tool into a folder, so a site can own and
/// change it. Never overwrites a file unless asked: when any target file exists, nothing is written and the
/// existing files are returned.
/// </summary>
public static class ThemeExport
{
    public sealed record Result(IReadOnlyList<string> Written, IReadOnlyList<string> Existing);

    /// <summary>The embedded theme's files, theme-relative (<c>layouts/post.liquid</c>), ordinal order.</summary>
    public static IReadOnlyList<ThemeFile> Files() => ThemeFiles.EmbeddedDefault().ListUnder("");

    public static Result Export(string directory, bool overwrite)
    {
        var files = Files();
        var existing = files.Select(f => f.Path).Where(p => File.Exists(Target(directory, p)) || Directory.Exists(Target(directory, p))).ToList();
        if (existing.Count > 0 && !overwrite) return new Result([], existing);
        foreach (var file in files)
        {
            var target = Target(directory, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var source = file.OpenRead();
            using var destination = File.Create(target);
            source.CopyTo(destination);
        }
        return new Result(files.Select(f => f.Path).ToList(), existing);
    }

    /// <summary>The layouts (not partials) of the embedded theme by name: <c>base</c>, <c>post</c>…</summary>
    public static IReadOnlyList<string> LayoutNames() => Files()
        .Select(f => f.Path)
        .Where(p => p.StartsWith("layouts/", StringComparison.Ordinal) && p.EndsWith(".liquid", StringComparison.Ordinal) && p.Count(c => c == '/') == 1)
        .Select(p => p["layouts/".Length..^".liquid".Length])
        .ToList();

    private static string Target(string directory, string themePath) => Path.Combine(directory, themePath.Replace('/', Path.DirectorySeparatorChar));
}
