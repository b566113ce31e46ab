using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Distill;

/// <summary>al-folio's Distill posts: the front matter's head parts (<c>_styles</c>, authors) and the features we report as unsupported.</summary>
public sealed class DistillFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Html(HtmlStage.Head, new DistillHeadProcessor())
        .Stylesheet("assets/css/distill.css")
        .Owns(DiagnosticCodes.UnsupportedFeature);
}
