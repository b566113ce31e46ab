namespace StaticMath.Site.Core;

/// <summary>
/// How much HTML one page and one feed entry may grow to. A few small equations can expand a macro into megabytes
/// of SVG, and a feed entry inlines every glyph outline its equations use (200 such equations made a 9 MB page and
/// a 140 MB feed); the budgets stop the work at a size no real page reaches (a 5 MB post full of inline math lays
/// out to about 40 million characters), rather than after the process has run out of memory.
/// </summary>
public static class OutputBudget
{
    /// <summary>Characters of a laid-out page; past it the layout stops and the page is not written (SM3142).</summary>
    public const int MaxPageChars = 64 * 1024 * 1024;

    /// <summary>Characters of SVG one page's equations may produce; later equations stay as their TeX (SM1436). A
    /// dollar sign pair alone becomes 300 characters of SVG, so 10 million of them would need gigabytes.</summary>
    public const int MaxPageMathChars = 48 * 1024 * 1024;

    /// <summary>Characters of one feed entry's content; a larger post is in the feed as a link only (SM1430).</summary>
    public const int MaxFeedEntryChars = 2 * 1024 * 1024;
}
