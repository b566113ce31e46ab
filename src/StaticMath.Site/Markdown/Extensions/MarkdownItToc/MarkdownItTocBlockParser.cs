using Markdig.Parsers;
using Markdig.Syntax;
using StaticMath.Site.Markdown.Extensions.KramdownAttributes;

namespace StaticMath.Site.Markdown.Extensions.MarkdownItToc;

/// <summary>
/// markdown-it-table-of-contents' <c>[[toc]]</c> (Eleventy posts) on a line of its own: the page's table of contents,
/// the same placeholder kramdown's <c>{:toc}</c> makes.
/// </summary>
public sealed class MarkdownItTocBlockParser : BlockParser
{
    public const string Marker = "[[toc]]";

    public MarkdownItTocBlockParser()
    {
        OpeningCharacters = ['['];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || !processor.Line.AsSpan().Trim().Equals(Marker, StringComparison.OrdinalIgnoreCase)) return BlockState.None;
        processor.NewBlocks.Push(new KramdownTocBlock(ordered: false, this)
        {
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.BreakDiscard;
    }
}
