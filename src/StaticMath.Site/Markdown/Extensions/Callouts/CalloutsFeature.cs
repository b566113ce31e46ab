using Markdig.Extensions.Alerts;
using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Markdown.Extensions.FencedDivs;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Callouts;

/// <summary>Numbered theorem/definition/proof callouts: <c>:::</c> divs, GitHub alerts, Quarto, al-folio quotes and their HTML forms.</summary>
public sealed class CalloutsFeature : ISiteFeature
{
    /// <summary><c>callouts:</c> numbering of theorem-like boxes.</summary>
    public SettingsSection Settings { get; } = SettingsSection.Of<CalloutsConfig>("callouts");

    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new FencedDivsExtension())
        .Markdown(MarkdownStage.Syntax, new AlertExtension())
        .Markdown(MarkdownStage.Syntax, new CalloutsExtension())
        .Document(DocumentStage.Blocks, new DocumentRewrite(BlockQuoteCallouts.Apply))
        .Html(HtmlStage.Blocks, new CalloutHtmlPostProcessor(registry.Config.Section<CalloutsConfig>()))
        .Stylesheet("assets/css/blocks.css")
        .Owns(DiagnosticCodes.UnknownBlockKind, DiagnosticCodes.UnclosedFencedDiv);
}
