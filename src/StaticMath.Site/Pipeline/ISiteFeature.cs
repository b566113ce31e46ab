using StaticMath.Site.Configuration;

namespace StaticMath.Site.Pipeline;

/// <summary>
/// One feature of the page pipeline (math, callouts, citations, links…): everything it adds — Markdig extensions,
/// content preprocessors, document processors and HTML passes at named stages, the diagnostic codes it reports — is
/// registered by <see cref="Register"/>, its section of <c>staticmath.yml</c> is declared by <see cref="Settings"/>,
/// and the feature is listed once, in <c>Engine/SiteFeatures</c>.
/// </summary>
public interface ISiteFeature
{
    /// <summary>
    /// The top-level section of <c>staticmath.yml</c> the feature owns (read before any feature registers, checked
    /// against its settings class and read with <c>Config.Section&lt;T&gt;()</c>), or null for none. Values the
    /// class's types cannot catch (an unknown style name) the feature checks in <see cref="Register"/>.
    /// </summary>
    SettingsSection? Settings => null;

    /// <summary>Adds the feature's parts for the configuration in <see cref="FeatureRegistry.Config"/>.</summary>
    void Register(FeatureRegistry registry);
}
