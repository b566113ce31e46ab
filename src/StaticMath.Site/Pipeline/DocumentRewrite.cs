using Markdig.Syntax;

namespace StaticMath.Site.Pipeline;

/// <summary>A document processor made of a rewrite that needs only the document (e.g. image paragraphs → figures).</summary>
public sealed class DocumentRewrite(Action<MarkdownDocument> rewrite) : IMarkdownDocumentProcessor
{
    public void Process(MarkdownDocument doc, PageRenderContext ctx) => rewrite(doc);
}
