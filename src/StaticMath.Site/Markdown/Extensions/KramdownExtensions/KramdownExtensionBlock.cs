using System.Text;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace StaticMath.Site.Markdown.Extensions.KramdownExtensions;

/// <summary>
/// A kramdown extension block while it is parsed: <c>{::comment}</c> (dropped when closed), <c>{::options /}</c>
/// (applied, then dropped) or <c>{::nomarkdown}</c>, whose text is written to the page as it is.
/// </summary>
public sealed class KramdownExtensionBlock(BlockParser parser, string name) : LeafBlock(parser)
{
    public string Name { get; } = name;

    /// <summary>The text between the tags, verbatim.</summary>
    public StringBuilder Raw { get; } = new();

    /// <summary>Text written after the closing tag on its line, kept as a plain-text paragraph.</summary>
    public string TextAfterCloser { get; internal set; } = "";

    internal bool IsClosed { get; set; }
}

public sealed class KramdownNoMarkdownRenderer : HtmlObjectRenderer<KramdownExtensionBlock>
{
    protected override void Write(HtmlRenderer renderer, KramdownExtensionBlock block)
    {
        renderer.EnsureLine();
        if (block.Name == KramdownExtensionNames.NoMarkdown) WriteAsWritten(renderer, block.Raw.ToString());
        renderer.EnsureLine();
        if (block.TextAfterCloser.Length > 0) renderer.Write("<p>").WriteEscape(block.TextAfterCloser).WriteLine("</p>");
    }

    /// <summary>Raw HTML, kept as written like any HTML block (<see cref="VerbatimHtml.RawHtmlRegions"/>).</summary>
    private static void WriteAsWritten(HtmlRenderer renderer, string raw)
    {
        if (renderer is not PageHtmlRenderer page || raw.Length == 0)
        {
            renderer.Write(raw);
            return;
        }
        renderer.Write(page.Context.GetOrAddFeature(() => new VerbatimHtml.RawHtmlRegions()).Mark(raw));
        if (raw[^1] == '\n') page.LineEnded();
    }
}
