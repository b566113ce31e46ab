using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.MarkdownInHtml;

/// <summary>kramdown's <c>markdown="1"</c> on div, details, section, aside, figure and blockquote; the attribute is removed from the output.</summary>
public sealed class MarkdownInHtmlFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new MarkdownInHtmlExtension())
        .Html(HtmlStage.Cleanup, new MarkdownAttributeCleaner())
        .Owns(DiagnosticCodes.UnclosedMarkdownHtmlBlock);
}
