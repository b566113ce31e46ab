using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Liquid;

/// <summary>
/// Jekyll's Liquid: in page bodies before Markdown (includes, <c>relative_url</c>, <c>{% highlight %}</c>,
/// <c>{% raw %}</c>…), and Jekyll's tags and filters in the one Liquid environment that bodies and layouts share.
/// </summary>
public sealed class LiquidFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry)
    {
        JekyllLiquid.Register(registry.Part<LiquidRegistry>());
        registry
            .Preprocess(new LiquidBodyPreprocessor())
            .Owns(DiagnosticCodes.SyntaxError, DiagnosticCodes.UnknownTag, DiagnosticCodes.MissingInclude, DiagnosticCodes.IncludeError,
                DiagnosticCodes.RenderError, DiagnosticCodes.BadTagArguments, DiagnosticCodes.UnknownLinkTarget,
                DiagnosticCodes.TooManyErrors, DiagnosticCodes.UndefinedVariable, DiagnosticCodes.UnresolvedHugoRef);
    }
}
