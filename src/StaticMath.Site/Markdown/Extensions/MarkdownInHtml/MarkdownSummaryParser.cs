using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace StaticMath.Site.Markdown.Extensions.MarkdownInHtml;

/// <summary>
/// A <c>&lt;summary&gt;…&lt;/summary&gt;</c> line opening a details block that holds Markdown (kramdown's
/// <c>parse_block_html</c>, or <c>markdown="1"</c> on the details) has Markdown inside too, as in kramdown: the
/// summary of a proof can say <c>Proof of $\nabla \cdot F = 0$</c> or <c>**Lemma 2**</c>.
/// </summary>
public sealed partial class MarkdownSummaryParser : BlockParser
{
    public MarkdownSummaryParser()
    {
        OpeningCharacters = ['<'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.CurrentContainer is not MarkdownHtmlBlock { TagName: "details" }) return BlockState.None;
        var line = processor.Line;
        var match = SummaryLine().Match(line.Text, line.Start, line.End - line.Start + 1);
        if (!match.Success) return BlockState.None;

        var inner = match.Groups["inner"];
        var block = new MarkdownSummaryBlock(this, match.Groups["attributes"].Value)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, line.End),
        };
        var text = new StringSlice(line.Text, inner.Index, inner.Index + inner.Length - 1);
        block.AppendLine(ref text, processor.Column + inner.Index - line.Start, processor.LineIndex, inner.Index, false);
        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }

    [GeneratedRegex(@"^<summary(?<attributes>\s[^>]*)?>(?<inner>.*?)</summary>\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SummaryLine();
}
