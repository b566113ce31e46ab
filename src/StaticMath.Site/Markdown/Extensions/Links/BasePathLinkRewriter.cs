using AngleSharp.Dom;
using StaticMath.Site.Configuration;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Links;

/// <summary>
/// When the site lives under a path prefix (<c>baseUrl: https://me.github.io/notes/</c>), root-relative links written
/// in content (<c>[x](/posts/y/)</c>, <c>&lt;img src="/images/a.png"&gt;</c>) must get the prefix too, or they break
/// once published. Runs last. Does nothing when there is no prefix.
/// </summary>
public sealed class BasePathLinkRewriter(string basePath) : IHtmlPostProcessor
{
    private static readonly (string Selector, string Attribute)[] Targets =
    [
        ("a[href]", "href"), ("img[src]", "src"), ("source[src]", "src"), ("link[href]", "href"),
        ("video[src]", "src"), ("audio[src]", "src"), ("iframe[src]", "src"), ("object[data]", "data"),
    ];

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        if (basePath.Length == 0) return;
        foreach (var (selector, attribute) in Targets)
        {
            foreach (var element in body.QuerySelectorAll(selector))
            {
                var value = element.GetAttribute(attribute);
                if (value is null || !value.StartsWith('/') || value.StartsWith("//", StringComparison.Ordinal)) continue;
                element.SetAttribute(attribute, SiteUrls.AuthoredLink(value, basePath));
            }
        }
    }
}
