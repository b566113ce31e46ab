namespace StaticMath.Site.Content;

/// <summary>
/// Quarto puts a page's HTML options under <c>format: html:</c> in its front matter (<c>format: {html: {toc: true}}</c>);
/// read as the top-level key of the same name, which Jekyll and Hugo posts use.
/// </summary>
public static class QuartoFormat
{
    /// <summary>The <c>format.html.<paramref name="key"/></c> value, or null when the page does not set it.</summary>
    public static object? HtmlOption(IReadOnlyDictionary<string, object?> frontMatter, string key) =>
        frontMatter.TryGetValue("format", out var format) && format is IReadOnlyDictionary<string, object?> formats
        && formats.TryGetValue("html", out var html) && html is IReadOnlyDictionary<string, object?> options
        && options.TryGetValue(key, out var value)
            ? value
            : null;
}
