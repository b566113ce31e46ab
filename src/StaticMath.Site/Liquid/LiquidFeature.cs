using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Liquid;

/// <summary>Jekyll's Liquid in page bodies (includes, <c>relative_url</c>, <c>{% highlight %}</c>, <c>{% raw %}</c>…), before Markdown.</summary>
public sealed class LiquidFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Preprocess(new LiquidBodyPreprocessor())
        .Owns(DiagnosticCodes.SyntaxError, DiagnosticCodes.UnknownTag, DiagnosticCodes.MissingInclude, DiagnosticCodes.IncludeError,
            DiagnosticCodes.RenderError, DiagnosticCodes.BadTagArguments, DiagnosticCodes.UnknownLinkTarget,
            DiagnosticCodes.TooManyErrors, DiagnosticCodes.UndefinedVariable, DiagnosticCodes.UnresolvedHugoRef);
}
