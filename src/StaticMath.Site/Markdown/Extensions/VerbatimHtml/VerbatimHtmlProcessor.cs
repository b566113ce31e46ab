using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.VerbatimHtml;

/// <summary>
/// Processing instructions (<c>&lt;?php … ?&gt;</c>), CDATA sections and declarations (<c>&lt;!DOCTYPE html&gt;</c>)
/// pass through as written (CommonMark). Parsed into the page's DOM for post-processing they would become comments
/// whose text leaks at the first <c>&gt;</c> (or vanish), so they are held aside until the HTML is final; no
/// post-processor has anything to do inside them.
/// </summary>
public sealed class VerbatimHtmlProcessor : IMarkdownDocumentProcessor
{
    public void Process(MarkdownDocument doc, PageRenderContext ctx)
    {
        var verbatim = ctx.GetOrAddFeature(() => new VerbatimHtml());
        foreach (var block in doc.Descendants<HtmlBlock>())
        {
            if (block.Type is not (HtmlBlockType.ProcessingInstruction or HtmlBlockType.DocumentType or HtmlBlockType.CData)) continue;
            var placeholder = new Markdig.Helpers.StringSlice(verbatim.Hold(block.Lines.ToString()));
            block.Lines.Clear();
            block.Lines.Add(placeholder);
        }

        foreach (var inline in doc.Descendants<HtmlInline>())
        {
            if (IsVerbatim(inline.Tag)) inline.Tag = verbatim.Hold(inline.Tag);
        }
    }

    private static bool IsVerbatim(string tag) =>
        tag.StartsWith("<?", StringComparison.Ordinal) ||
        (tag.StartsWith("<!", StringComparison.Ordinal) && !tag.StartsWith("<!--", StringComparison.Ordinal));
}
