using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Build;

/// <summary>
/// A page's rendered HTML fragment with everything the layout stage needs from the render, and what the render
/// depended on, so a later build can tell whether it is still valid.
/// </summary>
internal sealed record RenderedBody(
    long Version,
    Page Page,
    string Fragment,
    string HeadHtml,
    string BodyEndHtml,
    IReadOnlyDictionary<string, object?> PageValues,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<(string Path, FileStamp Stamp)> Files,
    string? PageIndexKey)
{
    private Lazy<RenderedText> _text = new(() => RenderedText.Of(Page, Fragment));

    /// <summary>Word count and excerpt, read from the fragment once for the page's layout and every list showing it.</summary>
    public RenderedText Text => _text.Value;

    /// <summary>False for a body whose fragment was let go once its page was written (see <see cref="BuiltPages"/>).</summary>
    public bool HasFragment { get; private init; } = true;

    /// <summary>The same body without its fragment, keeping what was read from it.</summary>
    public RenderedBody WithoutFragment()
    {
        var text = Text;
        var slim = this with { Fragment = "", HasFragment = false };
        slim._text = new Lazy<RenderedText>(text);
        return slim;
    }

    /// <summary>
    /// Valid when the page is the same loaded page (its file is unchanged), the page URL table is the same (if it
    /// resolved links), and every file it read or looked for is unchanged (still absent, for one it did not find).
    /// </summary>
    public bool IsValidFor(Page page, RenderKeys keys, FileChecks files) =>
        ReferenceEquals(Page, page)
        && (PageIndexKey is null || PageIndexKey == keys.PageIndex)
        && Files.All(f => files.IsCurrent(f.Path, f.Stamp));
}

/// <summary>What layouts and lists show of a page's text: its word count and excerpt.</summary>
internal sealed record RenderedText(int WordCount, string Excerpt)
{
    public static RenderedText Of(Page page, string fragment) =>
        new(Themes.LiquidFilters.CountWords(fragment),
            page.Description.Length > 0 ? Markdown.Extensions.Math.MathPlainText.FromSource(page.Description) : TemplateModels.Excerpt(fragment));
}

/// <summary>Fingerprints of the site-wide inputs of one build (see <see cref="SiteFingerprint"/>).</summary>
internal sealed record RenderKeys(string PageIndex, string Layouts, string SiteModel);
