using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.VerbatimHtml;

/// <summary>Raw HTML kept as written (<c>&lt;pre&gt;</c>, <c>&lt;script&gt;</c>…) and inline tags left open reported.</summary>
public sealed class VerbatimHtmlFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new VerbatimHtmlExtension())
        .Document(DocumentStage.RawHtml, new VerbatimHtmlProcessor())
        .Document(DocumentStage.RawHtml, new UnclosedInlineTags())
        .Owns(DiagnosticCodes.UnclosedInlineTag);
}
