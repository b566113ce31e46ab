using StaticMath.Site.Diagnostics;
using StaticMath.Site.Liquid;
using StaticMath.Site.Liquid.Tags;
using StaticMath.Site.Markdown.Extensions.PandocCitations;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Distill;

/// <summary>
/// Citations from BibTeX files, in the three ways posts write them — Pandoc's <c>[@key]</c>, Distill's
/// <c>&lt;d-cite&gt;</c> and jekyll-scholar's <c>{% cite %}</c> / <c>{% bibliography %}</c> — with one reference list.
/// </summary>
public sealed class CitationsFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry)
    {
        registry.Part<LiquidRegistry>()
            .AddTag("cite", ScholarTags.CiteAsync)
            .AddTag("bibliography", ScholarTags.BibliographyAsync);
        registry
            .Markdown(MarkdownStage.Syntax, new PandocCitationsExtension())
            .Html(HtmlStage.Citations, new CitationPostProcessor())
            .Owns(DiagnosticCodes.BibliographySyntax, DiagnosticCodes.MissingBibliography, DiagnosticCodes.UnknownCitationKey,
                DiagnosticCodes.EmptyCitation);
    }
}
