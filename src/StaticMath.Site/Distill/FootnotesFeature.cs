using StaticMath.Site.Markdown.Extensions.InlineFootnotes;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Distill;

/// <summary>Footnotes beyond <c>[^1]</c> (a standard Markdown addition): Pandoc's inline <c>^[…]</c> and Distill's <c>&lt;d-footnote&gt;</c>.</summary>
public sealed class FootnotesFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new InlineFootnotesExtension())
        .Html(HtmlStage.Notes, new FootnotePostProcessor());
}
