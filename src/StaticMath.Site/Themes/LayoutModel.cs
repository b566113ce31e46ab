namespace StaticMath.Site.Themes;

/// <summary>
/// The objects a layout sees: <c>site</c>, <c>page</c>, <c>content</c>, <c>paginator</c>, plus extras (e.g. <c>tag</c>);
/// <paramref name="ContentOutline"/> gives the outline of a rendered page's content, read once per page (the
/// <c>toc_html</c> filter reads it instead of parsing the content).
/// </summary>
public sealed record LayoutModel(
    IReadOnlyDictionary<string, object?> Site,
    IReadOnlyDictionary<string, object?> Page,
    Liquid.PageText Content,
    IReadOnlyDictionary<string, object?>? Paginator = null,
    IReadOnlyDictionary<string, object?>? Extra = null,
    Func<PageOutline>? ContentOutline = null);
