namespace StaticMath.Site.Content;

/// <summary>
/// One file of the resolved theme. <see cref="Path"/> is theme-relative (<c>layouts/post.liquid</c>);
/// <see cref="DisplayPath"/> is what diagnostics print (a site-relative path, or <c>(default theme)/...</c>).
/// </summary>
public sealed class ThemeFile(string path, string displayPath, Func<Stream> open, string? fullPath = null)
{
    /// <summary>The file on disk, or null for a file of the embedded default theme.</summary>
    public string? FullPath { get; } = fullPath;

    public string Path { get; } = path;

    public string DisplayPath { get; } = displayPath;

    public Stream OpenRead() => open();

    public string ReadAllText()
    {
        using var reader = new StreamReader(OpenRead());
        return reader.ReadToEnd();
    }
}
