using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions;

/// <summary><c>[](#id)</c> links to numbered callouts and figures get the block's name and number as their text.</summary>
public sealed class CrossReferencesFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Html(HtmlStage.CrossReferences, new BlockReferenceResolver())
        .Owns(DiagnosticCodes.UnresolvedBlockReference);
}
