using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// TeX math in Markdown and in raw HTML, typeset to SVG at build time: delimiters, equation numbers and labels,
/// heading ids of headings with math, and the page's shared glyph definitions.
/// </summary>
public sealed class MathFeature : ISiteFeature
{
    public SettingsSection Settings { get; } = SettingsSection.Of<MathConfig>("math");

    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new MathExtension(registry.Config.Section<MathConfig>()))
        .Document(DocumentStage.Numbering, new MathNumberingProcessor())
        .Html(HtmlStage.RawHtmlMath, new RawHtmlMathPostProcessor())
        .Html(HtmlStage.RawHtmlMath, new MathHeadingIdPostProcessor())
        .Html(HtmlStage.Finish, new MathGlyphDefinitionsPostProcessor())
        // Only when every page is made: a build that keeps its pages reads a few entries, if any.
        .AtBuildStart(build => { if (build.EveryPageIsMade) MathBuildServices.For(build).Cache?.PrepareReads(); })
        .Stylesheet("assets/css/math.css")
        .Owns(DiagnosticCodes.TexError, DiagnosticCodes.UnresolvedEquationReference, DiagnosticCodes.DuplicateEquationLabel,
            DiagnosticCodes.MathSetting, DiagnosticCodes.MathEngineFailure, DiagnosticCodes.SystemTextInMath,
            DiagnosticCodes.MathCacheDamaged, DiagnosticCodes.UnclosedDisplayMath, DiagnosticCodes.PageMathTooLarge);
}
