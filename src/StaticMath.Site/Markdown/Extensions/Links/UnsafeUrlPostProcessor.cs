using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Links;

/// <summary>
/// Reports every URL of the page body that runs script (<see cref="UnsafeUrls"/>) at its source line, whatever made
/// it: a Markdown link, raw HTML, an embed or an include. <c>security.unsafeUrls</c> says warning, error or nothing.
/// Runs at <see cref="HtmlStage.LinkSafety"/>, after every pass that adds content, on the HTML as it will be written.
/// </summary>
public sealed class UnsafeUrlPostProcessor(UnsafeUrlPolicy policy) : IHtmlPostProcessor
{
    /// <summary>The post-processor for the site's <c>security.unsafeUrls</c>; an unknown value is reported and read as <c>warn</c>.</summary>
    public static UnsafeUrlPostProcessor For(SiteConfig config, DiagnosticBag diagnostics)
    {
        var security = config.Security;
        if (!SecurityConfig.TryParse(security.UnsafeUrls, out var policy))
        {
            var (line, column) = config.Locations.Of("security.unsafeUrls");
            diagnostics.Warning(DiagnosticCodes.UnknownUnsafeUrlPolicy, config.Locations.File, line, column,
                $"security.unsafeUrls: unknown value '{security.UnsafeUrls}' (expected warn, error or allow); using warn");
        }
        return new UnsafeUrlPostProcessor(policy);
    }

    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) => false;

    public void Process(AngleSharp.Dom.IDocument html, AngleSharp.Dom.IElement body, PageRenderContext ctx)
    {
        if (policy == UnsafeUrlPolicy.Allow) return;
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (UnsafeUrls.HasUrlAttribute(element.LocalName)) Check(element.LocalName, element.GetAttribute, ctx);
        }
    }

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        if (policy == UnsafeUrlPolicy.Allow) return;
        foreach (var token in page.Tokens)
        {
            // Most start tags (an equation's placeholder, a paragraph) carry no URL: no delegate made for them.
            if (token.Kind == FragmentTokenKind.StartTag && UnsafeUrls.HasUrlAttribute(token.Name)) Check(token.Name, token.GetAttribute, ctx);
        }
    }

    private void Check(string name, Func<string, string?> attributeValue, PageRenderContext ctx)
    {
        foreach (var (elementName, attribute) in UnsafeUrls.Attributes)
        {
            if (name != elementName || attributeValue(attribute) is not { } url) continue;
            var place = name == "video" && attribute == "poster" ? "video-poster" : name;
            if (!UnsafeUrls.IsUnsafe(place, url)) continue;
            if (UnsafeUrls.Report(policy, ctx.SourcePath, SourceLines.Find(ctx, url), 0, name, url) is { } diagnostic)
                ctx.Diagnostics.Add(diagnostic);
        }
    }
}
