using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Themes;

/// <summary>The theme's words for one build: <see cref="Translations"/> reporting a missing key to that build's diagnostics.</summary>
public readonly record struct ThemeWords(Translations Translations, DiagnosticBag Diagnostics)
{
    public string Get(string key, long? count = null, IReadOnlyDictionary<string, string>? values = null) =>
        Translations.Get(key, Diagnostics, count, values);
}
