using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Links;

/// <summary>Links as the reader follows them: URLs that run script reported, <c>[x](other.md)</c> made the page's URL, everything put under the base path.</summary>
public sealed class LinksFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry)
    {
        var config = registry.Config;
        registry.Html(HtmlStage.LinkSafety, UnsafeUrlPostProcessor.For(config, registry.SettingsDiagnostics));
        registry.Html(HtmlStage.Finish, new RelativeLinkRewriter());
        if (config.BasePath.Length > 0) registry.Html(HtmlStage.Finish, new BasePathLinkRewriter(config.BasePath));
        registry.Owns(DiagnosticCodes.UnsafeUrl, DiagnosticCodes.UnknownUnsafeUrlPolicy);
    }
}
