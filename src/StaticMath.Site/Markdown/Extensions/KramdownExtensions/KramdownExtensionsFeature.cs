using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.KramdownExtensions;

/// <summary>kramdown's <c>{::comment}</c>, <c>{::nomarkdown}</c> and <c>{::options}</c> extensions.</summary>
public sealed class KramdownExtensionsFeature : ISiteFeature
{
    /// <summary><c>kramdown:</c> options of Jekyll's Markdown (<c>parseBlockHtml</c>).</summary>
    public SettingsSection Settings { get; } = SettingsSection.Of<KramdownConfig>("kramdown");

    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new KramdownExtensionsExtension())
        .Owns(DiagnosticCodes.KramdownOptionNotApplied, DiagnosticCodes.UnreadableKramdownExtension);
}
