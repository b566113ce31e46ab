using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>Code blocks highlighted at build time with TextMate grammars, in the configured colour styles.</summary>
public sealed class CodeHighlightingFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new CodeHighlightingExtension(registry.Config.Code))
        .Stylesheet("assets/css/code.css")
        .Owns(DiagnosticCodes.UnknownCodeLanguage, DiagnosticCodes.UnknownCodeStyle);
}
