using AngleSharp.Dom;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Links;

/// <summary>
/// Relative links in content are written relative to the Markdown file (<c>![](plot.png)</c> next to the post,
/// <c>[next](other-post.md)</c>), but the page is published at a pretty URL (<c>/posts/slug/</c>), where the browser
/// would resolve them differently. This rewrites a relative link to a copied file or to another Markdown page into
/// its site URL. Links that match neither are left alone. Runs before <see cref="BasePathLinkRewriter"/>.
/// </summary>
public sealed class RelativeLinkRewriter : IHtmlPostProcessor
{
    // Element name and the attribute holding its link; video has two.
    private static readonly (string Element, string Attribute)[] Targets =
    [
        ("a", "href"), ("img", "src"), ("source", "src"), ("video", "src"), ("video", "poster"),
        ("audio", "src"), ("iframe", "src"), ("object", "data"), ("embed", "src"),
    ];

    // One walk of the page for all targets: a selector per target walked the whole DOM nine times.
    private static readonly string AnyTarget = string.Join(", ", Targets.Select(t => $"{t.Element}[{t.Attribute}]"));

    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) => false;

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        var folder = FolderOf(ctx);
        foreach (var token in page.Tokens)
        {
            if (token.Kind != FragmentTokenKind.StartTag) continue;
            foreach (var (name, attribute) in Targets)
            {
                if (token.Name != name) continue;
                var value = token.GetAttribute(attribute);
                if (value is null || Rewrite(value, folder, ctx) is not { } rewritten) continue;
                token.SetAttribute(attribute, rewritten);
            }
        }
    }

    private static string FolderOf(PageRenderContext ctx) =>
        ctx.Page.ContentPath.Contains('/') ? ctx.Page.ContentPath[..ctx.Page.ContentPath.LastIndexOf('/')] : "";

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        var folder = FolderOf(ctx);
        foreach (var element in body.QuerySelectorAll(AnyTarget))
        {
            foreach (var (name, attribute) in Targets)
            {
                if (!element.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase)) continue;
                var value = element.GetAttribute(attribute);
                if (value is null || Rewrite(value, folder, ctx) is not { } rewritten) continue;
                element.SetAttribute(attribute, rewritten);
            }
        }
    }

    private static string? Rewrite(string link, string folder, PageRenderContext ctx)
    {
        if (link.Length == 0 || link[0] is '/' or '#' or '?' or '{' || HasScheme(link)) return null;
        var cut = link.IndexOfAny(['?', '#']);
        var path = cut >= 0 ? link[..cut] : link;
        var suffix = cut >= 0 ? link[cut..] : "";
        if (path.Length == 0) return null;

        var segments = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var segment in Uri.UnescapeDataString(path).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (segments.Count == 0) return null; // above content/: not ours to resolve
                segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        var target = string.Join('/', segments);
        ctx.MarkUsesPageIndex();
        if (ctx.Build.PageAt(target) is { } page) return page.Url + suffix;
        if (ctx.Build.IsCopiedFile(target)) return "/" + string.Join('/', segments.Select(Uri.EscapeDataString)) + suffix;
        return null;
    }

    private static bool HasScheme(string link)
    {
        var colon = link.IndexOf(':');
        if (colon <= 0) return false;
        var slash = link.IndexOfAny(['/', '?', '#']);
        return slash < 0 || colon < slash;
    }
}
