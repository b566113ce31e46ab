using StaticMath.Site.Diagnostics;
using StaticMath.Site.Markdown.Extensions.MarkdownItToc;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Distill;

/// <summary>Tables of contents: markdown-it's <c>[[toc]]</c>, kramdown's <c>{:toc}</c> and Distill's front-matter <c>toc</c>, filled over the final headings.</summary>
public sealed class TableOfContentsFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new MarkdownItTocExtension())
        .Html(HtmlStage.Contents, new TableOfContentsPostProcessor())
        .Owns(DiagnosticCodes.TocEntryNotFound);
}
