using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.MarkdownInHtml;

/// <summary>
/// kramdown's end of an HTML block, for posts written for Jekyll: the block ends where its elements close, so a line
/// of text right after <c>&lt;/div&gt;</c> or a lone <c>&lt;img … /&gt;</c> is Markdown again. CommonMark runs the
/// block on to the next blank line, which shows such text raw (literal <c>**</c>) inside the HTML. Applied to pages
/// that <see cref="KramdownHtmlBlocks.AppliesTo"/>; every other page keeps CommonMark's rule.
/// </summary>
public sealed partial class KramdownHtmlBlockParser : HtmlBlockParser
{
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (block is HtmlBlock { Type: HtmlBlockType.InterruptingBlock or HtmlBlockType.NonInterruptingBlock } html
            && !processor.IsBlankLine
            && processor.Context?.Properties.TryGetValue(typeof(PageRenderContext), out var value) == true
            && value is PageRenderContext ctx && KramdownHtmlBlocks.AppliesTo(ctx)
            && ElementsClosed(html) && !processor.Line.ToString().TrimStart().StartsWith('<'))
        {
            return BlockState.None;
        }

        return base.TryContinue(processor, block);
    }

    /// <summary>Whether every element the block opened has been closed (void and self-closed ones count as closed).</summary>
    private static bool ElementsClosed(HtmlBlock html)
    {
        var depth = 0;
        foreach (Match tag in Tag().Matches(html.Lines.ToString()))
        {
            if (tag.Groups["end"].Success) depth--;
            else if (!tag.Groups["self"].Success && !VoidElements.Contains(tag.Groups["name"].Value)) depth++;
        }
        return depth <= 0;
    }

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    [GeneratedRegex(@"<(?<end>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*?)?(?<self>/)?>")]
    private static partial Regex Tag();
}
