using Markdig.Syntax;
using StaticMath.Site.Markdown.Extensions.Callouts;
using StaticMath.Site.Markdown.Extensions.Embeds;
using StaticMath.Site.Markdown.Extensions.Figures;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions;

/// <summary>
/// The authoring-block rewrites that look at whole paragraphs: al-folio quote callouts, image-only paragraphs →
/// figures, URL-only paragraphs → embeds. They run as a page-pipeline stage (after Markdig and every parse hook
/// finished) because attribute lists such as <c>{#fig-x}</c> or <c>{: .block-tip}</c> are only resolved by then.
/// </summary>
public sealed class BlockDocumentProcessor : IMarkdownDocumentProcessor
{
    public int Order => 100;

    public void Process(MarkdownDocument doc, PageRenderContext ctx) => Apply(doc);

    public static void Apply(MarkdownDocument doc)
    {
        BlockQuoteCallouts.Apply(doc);
        ImageParagraphs.Apply(doc);
        EmbedUrlParagraphs.Apply(doc);
    }
}
