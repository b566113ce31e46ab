using Markdig.Syntax;

namespace StaticMath.Site.Pipeline;

/// <summary>Walks or rewrites the parsed Markdown document (numbering, labels, citations...); a feature registers it at a <see cref="DocumentStage"/>.</summary>
public interface IMarkdownDocumentProcessor
{
    void Process(MarkdownDocument doc, PageRenderContext ctx);
}
