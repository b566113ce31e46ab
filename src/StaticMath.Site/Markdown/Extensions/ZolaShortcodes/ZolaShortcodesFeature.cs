using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.ZolaShortcodes;

/// <summary>Zola's shortcodes (<c>{{ katex(body=…) }}</c> and block forms) as Zola renders them.</summary>
public sealed class ZolaShortcodesFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new ZolaShortcodesExtension())
        .Owns(DiagnosticCodes.UnknownZolaShortcode);
}
