namespace StaticMath.Site.Import;

/// <summary>Reads one generator's site into an <see cref="ImportedSite"/>: settings, files to copy, math configuration.</summary>
public interface ISiteReader
{
    /// <summary>Where the generator's posts and pages are in the new site (Markdown files under these target folders are scanned for syntax left as written).</summary>
    void Read(ImportedSite site);
}
