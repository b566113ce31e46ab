using StaticMath.Site.Diagnostics;
using StaticMath.Site.Markdown.Extensions.PandocCitations;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Distill;

/// <summary>Citations from BibTeX files: Pandoc's <c>[@key]</c> and Distill's <c>&lt;d-cite&gt;</c>, with the reference list.</summary>
public sealed class CitationsFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new PandocCitationsExtension())
        .Html(HtmlStage.Citations, new CitationPostProcessor())
        .Owns(DiagnosticCodes.BibliographySyntax, DiagnosticCodes.MissingBibliography, DiagnosticCodes.UnknownCitationKey,
            DiagnosticCodes.EmptyCitation);
}
