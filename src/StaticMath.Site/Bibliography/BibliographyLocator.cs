namespace StaticMath.Site.Bibliography;

/// <summary>
/// Finds the file named by a post's <c>bibliography:</c> front matter the way al-folio users lay it out: next to the
/// post first, then the site's <c>_bibliography/</c>, <c>assets/bibliography/</c> and <c>bibliography/</c> folders.
/// </summary>
public static class BibliographyLocator
{
    public static readonly IReadOnlyList<string> SiteFolders = ["_bibliography", "assets/bibliography", "bibliography"];

    /// <returns>The full path of the first existing candidate, or null.</returns>
    /// <param name="lookedAt">
    /// Called with each candidate looked at, up to the one found: the page depends on the absent ones too, since
    /// creating one of them changes which file it reads (an incremental rebuild renders it again then).
    /// </param>
    public static string? Resolve(string fileName, string postDirectory, string siteRoot, Action<string> lookedAt)
    {
        if (string.IsNullOrWhiteSpace(fileName)) return null;
        var name = fileName.Trim().Replace('\\', '/').TrimStart('/');
        var candidates = new List<string> { Path.Combine(postDirectory, name), Path.Combine(siteRoot, name) };
        candidates.AddRange(SiteFolders.Select(folder => Path.Combine(siteRoot, folder, name)));
        // Only files inside the site: "../../x.bib" or an absolute path must not read the machine's files.
        var root = Path.GetFullPath(siteRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var candidate in candidates.Select(Path.GetFullPath).Where(c => c.StartsWith(root, StringComparison.Ordinal)))
        {
            lookedAt(candidate);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
