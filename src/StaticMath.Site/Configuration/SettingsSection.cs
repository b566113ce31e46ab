namespace StaticMath.Site.Configuration;

/// <summary>
/// A top-level section of <c>staticmath.yml</c> that a feature owns (<c>math:</c> read as the math feature's settings
/// class): the feature declares it (<c>ISiteFeature.Settings</c>), the loader checks its keys and value types against
/// <see cref="Type"/> and reads it, and <see cref="SiteConfig.Section{T}"/> hands it back. So this folder knows no
/// feature's settings; <see cref="SiteConfig"/>'s own properties are the site's core settings.
/// </summary>
/// <param name="Name">The key as users write it (camelCase, matched case-insensitively).</param>
/// <param name="Type">The settings class: public settable properties with defaults, as the core settings are written.</param>
public sealed record SettingsSection(string Name, Type Type)
{
    public static SettingsSection Of<T>(string name) where T : class, new() => new(name, typeof(T));
}
