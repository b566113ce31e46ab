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
    Engine.PageFragment Content,
    string HeadHtml,
    string BodyEndHtml,
    IReadOnlyDictionary<string, object?> PageValues,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<(string Path, FileStamp Stamp)> Files,
    string? PageIndexKey)
{
    private static readonly IReadOnlyDictionary<string, object?> EmptyPageValues = new Dictionary<string, object?>();

    /// <summary>The fragment as one string with its SVGs (made at the first read: the page's file is written from
    /// <see cref="Engine.PageFragment.Pieces"/>, without it).</summary>
    public string Fragment => Content.Html;

    // Made at the first read (it needs KnownWordCount, set after construction); two threads may both read it at once
    // and get equal values.
    private Lazy<RenderedText>? _text;

    /// <summary>The fragment's word count when the renderer counted it already (cheaper before the SVGs went in).</summary>
    public int? KnownWordCount { get; init; }

    /// <summary>Word count and excerpt, read from the fragment once for the page's layout and every list showing it.</summary>
    public RenderedText Text => (_text ??= new Lazy<RenderedText>(() => RenderedText.Of(Page, Content, KnownWordCount))).Value;

    private Lazy<Themes.PageOutline> _outline = new(() => Themes.PageOutline.Of(Content.Html));

    /// <summary>
    /// Headings, the leading contents list and the first display equation, read from the fragment once, when the page's
    /// layout (<c>toc_html</c>) or its social card first asks: most pages never need it.
    /// </summary>
    public Themes.PageOutline Outline => _outline.Value;

    /// <summary>False for a body whose fragment was let go once its page was written (see <see cref="BuiltPages"/>).</summary>
    public bool HasFragment { get; private init; } = true;

    /// <summary>
    /// The same body without its fragment, keeping what was read from it: its text, and its outline if one was read
    /// (else that of an empty fragment: a later phase that reads the outline keeps the fragment, see <see cref="BuiltPages"/>).
    /// The head and end-of-body HTML and the page values go too: only the page's own layout reads them, and the end of
    /// the body holds the page's glyph definitions, as large as the fragment on a math page.
    /// </summary>
    public RenderedBody WithoutFragment()
    {
        var text = Text;
        var outline = _outline.IsValueCreated ? _outline.Value : Themes.PageOutline.Of("");
        var slim = this with { Content = Engine.PageFragment.Of(""), HeadHtml = "", BodyEndHtml = "", PageValues = EmptyPageValues, HasFragment = false };
        slim._text = new Lazy<RenderedText>(text);
        slim._outline = new Lazy<Themes.PageOutline>(outline);
        return slim;
    }

    /// <summary>
    /// The body of a page whose file was taken from the last build (<see cref="PageReuse"/>): what later phases read of
    /// it (its text and problems), without a fragment.
    /// </summary>
    public static RenderedBody Kept(long version, Page page, RenderedText text, IReadOnlyList<Diagnostic> diagnostics,
        IReadOnlyList<(string Path, FileStamp Stamp)> files)
    {
        var body = new RenderedBody(version, page, Engine.PageFragment.Of(""), "", "", EmptyPageValues, diagnostics, files, null) { HasFragment = false };
        body._text = new Lazy<RenderedText>(text);
        body._outline = new Lazy<Themes.PageOutline>(Themes.PageOutline.Of(""));
        return body;
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
    /// <remarks>Read from the fragment as the passes left it, its SVGs still held aside (the excerpt's paragraph gets
    /// them back): an SVG counts as a space, and names its equation by its label, either way.</remarks>
    public static RenderedText Of(Page page, Engine.PageFragment fragment, int? wordCount = null) =>
        new(wordCount ?? Content.WordCount.Of(fragment.Held),
            page.Description.Length > 0 ? Markdown.Extensions.Math.MathPlainText.FromSource(page.Description) : TemplateModels.Excerpt(fragment.Held, fragment.WithSvgs));
}

/// <summary>Fingerprints of the site-wide inputs of one build (see <see cref="SiteFingerprint"/>).</summary>
internal sealed record RenderKeys(string PageIndex, string Layouts, string SiteModel);
