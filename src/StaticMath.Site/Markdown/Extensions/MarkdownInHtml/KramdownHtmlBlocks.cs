using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.MarkdownInHtml;

/// <summary>
/// Which pages end HTML blocks by kramdown's rule (<see cref="KramdownHtmlBlockParser"/>): every Markdown page of a
/// site whose <c>staticmath.yml</c> says <c>markdown: kramdown</c> (Jekyll's own <c>_config.yml</c> key), and, when the
/// key is absent, the <c>.md</c> posts in a Jekyll <c>_posts/</c> folder. <c>markdown: commonmark</c> turns it off.
/// </summary>
public static class KramdownHtmlBlocks
{
    public static bool AppliesTo(PageRenderContext ctx)
    {
        var flavor = ctx.Site.Markdown.Trim();
        if (flavor.Length > 0) return string.Equals(flavor, "kramdown", StringComparison.OrdinalIgnoreCase);
        var path = ctx.Page.SourcePath.Replace('\\', '/');
        return path.Contains("/_posts/", StringComparison.Ordinal) || path.StartsWith("_posts/", StringComparison.Ordinal)
            ? path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
            : false;
    }
}
