using Markdig.Syntax;

namespace StaticMath.Site.Pipeline;

/// <summary>Stage 4: walks or rewrites the parsed Markdown document (numbering, labels, citations...), lowest Order first.</summary>
public interface IMarkdownDocumentProcessor
{
    int Order { get; }

    void Process(MarkdownDocument doc, PageRenderContext ctx);
}
