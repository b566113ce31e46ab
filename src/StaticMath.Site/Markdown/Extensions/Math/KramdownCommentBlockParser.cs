using Markdig.Parsers;
using Markdig.Syntax;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// kramdown reads <c>[//]: # anything</c> as a link definition nobody uses, so posts use it as a comment and the
/// line never reaches the page. CommonMark only accepts it with a quoted or parenthesised title; without this parser
/// <c>[//]: # note about $x$</c> would show up as text with math in it.
/// </summary>
public sealed class KramdownCommentBlockParser : BlockParser
{
    public KramdownCommentBlockParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || !processor.Line.AsSpan().StartsWith("[//]: #", StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new KramdownCommentBlock(this) { Line = processor.LineIndex, Column = processor.Column });
        // Kept (not discarded) so the block owns its line buffer when Close removes it.
        return BlockState.Break;
    }

    /// <summary>The comment leaves no trace in the document.</summary>
    public override bool Close(BlockProcessor processor, Block block) => false;

    private sealed class KramdownCommentBlock(BlockParser parser) : LeafBlock(parser);
}
