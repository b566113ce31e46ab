using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Markdown.Extensions.MarkdownInHtml;

namespace StaticMath.Site.Markdown.Extensions.FencedDivs;

/// <summary>
/// Parses <c>:::</c> fenced divs. A closing fence is a line of three or more colons; it closes the innermost open div
/// (Pandoc's rule), so <c>:::: convo</c> around <c>::: user</c> and same-length nesting both work. Content is parsed as
/// ordinary Markdown.
/// </summary>
public sealed class FencedDivParser : BlockParser
{
    public FencedDivParser()
    {
        OpeningCharacters = [':'];
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        var colons = CountColons(line);
        if (colons < 3) return BlockState.None;
        var infoText = line.Text.Substring(line.Start + colons, line.End - line.Start - colons + 1);
        if (string.IsNullOrWhiteSpace(infoText.TrimEnd(':'))) return BlockState.None;

        var info = FencedDivInfo.Parse(infoText);
        var block = new FencedDivBlock(this)
        {
            Kind = info.Kind,
            FenceLength = colons,
            TitleText = info.Title,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, line.End),
        };
        if (info.Attributes is not null) info.Attributes.CopyTo(block.GetAttributes());
        if (info.Title is not null)
        {
            var title = new FencedDivTitle(this) { Line = processor.LineIndex, Column = processor.Column, Span = block.Span };
            var titleSlice = new StringSlice(info.Title);
            title.AppendLine(ref titleSlice, processor.Column, processor.LineIndex, processor.Start, false);
            block.Add(title);
        }
        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var div = (FencedDivBlock)block;
        if (processor.IsBlankLine) return BlockState.Continue;

        // Deeper open blocks own the line: a nested div closes first; code and markdown="1" HTML keep theirs.
        // (Markdig clears IsOpen on deeper blocks before continuing them, so openness is read from the blocks.)
        for (var d = div.LastChild; d is not null; d = (d as ContainerBlock)?.LastChild)
        {
            if (d is FencedDivBlock { HasClosingFence: false }) return BlockState.Continue;
            if (d is FencedCodeBlock { ClosingFencedCharCount: 0 }) return BlockState.Continue;
            if (d is MarkdownHtmlBlock { HasClosingTag: false }) return BlockState.Continue;
        }
        if (processor.IsCodeIndent) return BlockState.Continue;

        var line = processor.Line;
        var colons = CountColons(line);
        if (colons >= 3)
        {
            var rest = line;
            rest.Start += colons;
            if (rest.IsEmptyOrWhitespace())
            {
                div.HasClosingFence = true;
                div.UpdateSpanEnd(line.End);
                return BlockState.BreakDiscard;
            }
        }
        return BlockState.Continue;
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is FencedDivBlock { HasClosingFence: false } div)
        {
            var name = div.Kind.Length > 0 ? div.Kind : "{…}";
            BlockDiagnostics.WarningAt(processor, div, DiagnosticCodes.UnclosedFencedDiv, $"'::: {name}' is never closed with ':::'; it runs to the end of the enclosing block");
        }
        return true;
    }

    private static int CountColons(StringSlice line)
    {
        var count = 0;
        for (var i = line.Start; i <= line.End && line.Text[i] == ':'; i++) count++;
        return count;
    }
}
