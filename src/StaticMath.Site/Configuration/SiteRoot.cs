namespace StaticMath.Site.Configuration;

/// <summary>
/// Finds the site a command works on as git and Hugo find theirs: the nearest folder, at or above the starting one,
/// that holds <c>staticmath.yml</c> (or <c>.yaml</c>). So <c>build</c> or <c>new post</c> run inside <c>content/</c>
/// act on the whole site, and a command run outside any site is refused instead of writing a site into that folder.
/// </summary>
public static class SiteRoot
{
    /// <summary>The configuration file names, preferred first.</summary>
    public static readonly IReadOnlyList<string> ConfigFileNames = [SiteConfigLoader.FileName, "staticmath.yaml"];

    /// <summary>Whether <paramref name="directory"/> holds a site configuration file.</summary>
    public static bool IsSite(string directory) => ConfigFileNames.Any(name => File.Exists(Path.Combine(directory, name)));

    /// <summary>The nearest site folder at or above <paramref name="start"/>, or null when there is none up to the file system root.</summary>
    public static string? FindFrom(string start)
    {
        for (var directory = new DirectoryInfo(Path.GetFullPath(start)); directory is not null; directory = directory.Parent)
        {
            if (IsSite(directory.FullName)) return directory.FullName;
        }
        return null;
    }
}
