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
    private static readonly (string Element, string Attribute)[] Targets =
    [
        ("a", "href"), ("img", "src"), ("source", "src"), ("link", "href"),
        ("video", "src"), ("audio", "src"), ("iframe", "src"), ("object", "data"),
    ];

    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) => false;

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        if (basePath.Length == 0) return;
        foreach (var (name, attribute) in Targets)
        {
            foreach (var element in body.QuerySelectorAll($"{name}[{attribute}]"))
            {
                if (Rewrite(element.GetAttribute(attribute)) is { } rewritten) element.SetAttribute(attribute, rewritten);
            }
        }
    }

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        if (basePath.Length == 0) return;
        foreach (var token in page.Tokens)
        {
            if (token.Kind != FragmentTokenKind.StartTag) continue;
            foreach (var (name, attribute) in Targets)
            {
                if (token.Name != name) continue;
                if (Rewrite(token.GetAttribute(attribute)) is { } rewritten) token.SetAttribute(attribute, rewritten);
            }
        }
    }

    private string? Rewrite(string? value) =>
        value is null || !value.StartsWith('/') || value.StartsWith("//", StringComparison.Ordinal) ? null : SiteUrls.AuthoredLink(value, basePath);
}
