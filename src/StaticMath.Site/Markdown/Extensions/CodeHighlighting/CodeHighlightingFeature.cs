using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>Code blocks highlighted at build time with TextMate grammars, in the configured colour styles (<c>code:</c>).</summary>
public sealed class CodeHighlightingFeature : ISiteFeature
{
    /// <summary><c>code:</c> line numbers and language labels of highlighted code, and its colour styles.</summary>
    public SettingsSection Settings { get; } = SettingsSection.Of<CodeConfig>("code");

    public void Register(FeatureRegistry registry)
    {
        ReportUnknownStyles(registry);
        registry
            .Markdown(MarkdownStage.Syntax, new CodeHighlightingExtension(registry.Config.Section<CodeConfig>()))
            .Stylesheet("assets/css/code.css")
            .Owns(DiagnosticCodes.UnknownCodeLanguage, DiagnosticCodes.UnknownCodeStyle);
    }

    /// <summary><c>code.light</c> / <c>code.dark</c> naming no style we ship: reported at the key; the default is used.</summary>
    private static void ReportUnknownStyles(FeatureRegistry registry)
    {
        var config = registry.Config;
        var code = config.Section<CodeConfig>();
        foreach (var (key, name) in new[] { ("light", code.Light), ("dark", code.Dark) })
        {
            if (CodeStyles.IsKnown(name)) continue;
            var (line, column) = config.Locations.Of("code." + key);
            registry.SettingsDiagnostics.Warning(DiagnosticCodes.UnknownCodeStyle, config.Locations.File, line, column,
                $"unknown code style '{name}' for code.{key}; the default is used. Styles: {string.Join(", ", CodeStyles.Names)}");
        }
    }
}
