using StaticMath.Site.Diagnostics;
using Markdig.Parsers;
using Markdig.Syntax;

namespace StaticMath.Site.Markdown.Extensions.KramdownExtensions;

/// <summary>
/// kramdown's block extensions, on lines that start with <c>{::</c>: <c>{::comment}</c> … <c>{:/comment}</c> leaves no
/// trace, <c>{::nomarkdown}</c> … <c>{:/nomarkdown}</c> passes its text through untouched, <c>{::options … /}</c> is
/// applied as far as it can be (<see cref="KramdownOptions"/>). A tag that is never closed, or an extension kramdown does
/// not have, is reported (SM1605) and its text kept.
/// </summary>
public sealed class KramdownExtensionBlockParser : BlockParser
{
    public KramdownExtensionBlockParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var line = processor.Line;
        var end = line.End + 1;
        if (processor.IsCodeIndent || KramdownExtensionTag.Read(line.Text, line.Start, end) is not { } tag) return BlockState.None;

        var block = new KramdownExtensionBlock(this, tag.Name) { Line = processor.LineIndex, Column = processor.Column, Span = new SourceSpan(processor.Start, line.End) };
        if (tag.Name == KramdownExtensionNames.Options && tag.SelfClosed)
        {
            foreach (var name in KramdownOptions.Apply(tag.Options, processor.Context))
                BlockDiagnostics.WarningAt(processor, block, DiagnosticCodes.KramdownOptionNotApplied, $"kramdown option '{name}' is not applied by StaticMath; the page builds without it");
            block.IsClosed = true;
            processor.NewBlocks.Push(block);
            // Not discarded: a block that Close removes must own its line buffer.
            return BlockState.Break;
        }

        if (tag.Name == KramdownExtensionNames.Options || !KramdownExtensionNames.Read.Contains(tag.Name) || tag.SelfClosed
            || KramdownExtensionTag.FindCloser(line.Text, line.Start + tag.Length, line.Text.Length, tag.Name, out _) < 0)
        {
            var problem = KramdownExtensionNames.Read.Contains(tag.Name) && tag.Name != KramdownExtensionNames.Options && !tag.SelfClosed ? "is never closed with '{:/" + tag.Name + "}'" : "is not a kramdown extension StaticMath knows";
            BlockDiagnostics.WarningAt(processor, block, DiagnosticCodes.UnreadableKramdownExtension, $"'{{::{tag.Name}}}' {problem}; its text is kept");
            return BlockState.None;
        }

        processor.NewBlocks.Push(block);
        return Take(processor, block, line.Text, line.Start + tag.Length, end);
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var extension = (KramdownExtensionBlock)block;
        if (extension.IsClosed) return BlockState.None;
        extension.Raw.Append('\n');
        return Take(processor, extension, processor.Line.Text, processor.Line.Start, processor.Line.End + 1);
    }

    /// <summary>A comment or options block is gone from the document; nomarkdown, or any block with text after its
    /// closer, stays to be written out.</summary>
    public override bool Close(BlockProcessor processor, Block block) =>
        block is KramdownExtensionBlock { Name: "nomarkdown" } or KramdownExtensionBlock { TextAfterCloser.Length: > 0 };

    /// <summary>Reads <c>text[from..to)</c> into the block up to its closer, if the closer is there. The lines are not
    /// discarded: a block that Close removes must own its line buffer (the renderer writes <see cref="KramdownExtensionBlock.Raw"/>).</summary>
    private static BlockState Take(BlockProcessor processor, KramdownExtensionBlock block, string text, int from, int to)
    {
        var closer = KramdownExtensionTag.FindCloser(text, from, to, block.Name, out var closerLength);
        block.Raw.Append(text, from, (closer < 0 ? to : closer) - from);
        if (closer < 0) return BlockState.Continue;
        block.IsClosed = true;
        KeepTextAfterCloser(processor, block, text.AsSpan(closer + closerLength, to - closer - closerLength).Trim().ToString());
        return BlockState.Break;
    }

    /// <summary>Words written after the closer on its line are the author's: kept as a paragraph of plain text, and
    /// reported, never dropped with the block.</summary>
    private static void KeepTextAfterCloser(BlockProcessor processor, KramdownExtensionBlock block, string after)
    {
        if (after.Length == 0) return;
        block.TextAfterCloser = after;
        var at = new KramdownExtensionBlock(block.Parser!, block.Name) { Line = processor.LineIndex, Column = processor.Column };
        BlockDiagnostics.WarningAt(processor, at, DiagnosticCodes.UnreadableKramdownExtension,
            $"text after '{{:/{block.Name}}}' on the same line is kept as plain text; put it on a line of its own to read it as Markdown");
    }
}
