using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions;

/// <summary>
/// HTML post-processors see no source positions; for their warnings we locate the first body line containing a
/// distinctive string (an image path, an anchor) and report that file line, or 0 (unknown) when it is not found.
/// </summary>
internal static class SourceLines
{
    public static int Find(PageRenderContext ctx, string needle)
    {
        if (needle.Length == 0) return 0;
        var body = ctx.Page.Body;
        var index = body.IndexOf(needle, StringComparison.Ordinal);
        if (index < 0) return 0;
        return ctx.FileLine(body.AsSpan(0, index).Count('\n'));
    }
}
