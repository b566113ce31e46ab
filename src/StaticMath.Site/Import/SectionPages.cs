using StaticMath.Site.Content;

namespace StaticMath.Site.Import;

/// <summary>
/// Hugo's and Zola's <c>content/</c>: copied as it is, except the sections' list pages (<c>_index.md</c>), which
/// configure a listing StaticMath's home and tag pages make instead; one with text of its own is reported so no words
/// go missing unnoticed.
/// </summary>
public static class SectionPages
{
    public static void CopyContent(ImportedSite site)
    {
        site.CopyFolder("content", "content", file => !IsSectionPage(file));
        foreach (var file in site.FilesUnder("content").Where(IsSectionPage))
        {
            var hasText = site.ReadSourceText(file) is { } text && FrontMatterParser.Parse(text).Body.Trim().Length > 0;
            site.NotImported(file, hasText
                ? "a section's list page: StaticMath's home and tag pages list the posts, so its text is not on the new site; move the text into a page (content/about.md) to keep it"
                : "a section's list page: StaticMath's home and tag pages list the posts");
        }
    }

    private static bool IsSectionPage(string file) => Path.GetFileName(file).Equals("_index.md", StringComparison.OrdinalIgnoreCase);
}
