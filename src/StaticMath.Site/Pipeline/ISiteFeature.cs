namespace StaticMath.Site.Pipeline;

/// <summary>
/// One feature of the page pipeline (math, callouts, citations, links…): everything it adds — Markdig extensions,
/// content preprocessors, document processors and HTML passes at named stages, the diagnostic codes it reports — is
/// registered by <see cref="Register"/>, and the feature is listed once, in <c>Engine/SiteFeatures</c>.
/// </summary>
public interface ISiteFeature
{
    /// <summary>Adds the feature's parts for the configuration in <see cref="FeatureRegistry.Config"/>.</summary>
    void Register(FeatureRegistry registry);
}
