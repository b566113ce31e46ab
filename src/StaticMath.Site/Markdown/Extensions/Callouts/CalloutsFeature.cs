using Markdig.Extensions.Alerts;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Markdown.Extensions.FencedDivs;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Callouts;

/// <summary>Numbered theorem/definition/proof callouts: <c>:::</c> divs, GitHub alerts, Quarto, al-folio quotes and their HTML forms.</summary>
public sealed class CalloutsFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new FencedDivsExtension())
        .Markdown(MarkdownStage.Syntax, new AlertExtension())
        .Markdown(MarkdownStage.Syntax, new CalloutsExtension())
        .Document(DocumentStage.Blocks, new DocumentRewrite(BlockQuoteCallouts.Apply))
        .Html(HtmlStage.Blocks, new CalloutHtmlPostProcessor(registry.Config.Callouts))
        .Stylesheet("assets/css/blocks.css")
        .Owns(DiagnosticCodes.UnknownBlockKind, DiagnosticCodes.UnclosedFencedDiv);
}
