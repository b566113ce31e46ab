using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.KramdownExtensions;

/// <summary>kramdown's <c>{::comment}</c>, <c>{::nomarkdown}</c> and <c>{::options}</c> extensions.</summary>
public sealed class KramdownExtensionsFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new KramdownExtensionsExtension())
        .Owns(DiagnosticCodes.KramdownOptionNotApplied, DiagnosticCodes.UnreadableKramdownExtension);
}
