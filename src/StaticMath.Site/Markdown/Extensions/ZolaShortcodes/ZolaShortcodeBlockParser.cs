using StaticMath.Site.Diagnostics;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticMath.Site.Markdown.Extensions.FencedDivs;
using StaticMath.Site.Markdown.Extensions.HugoShortcodes;
using StaticMath.Site.Markdown.Extensions.KramdownAttributes;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Markdown.Extensions.ZolaShortcodes;

/// <summary>
/// Zola shortcodes standing on their own lines: <c>{% math() %}</c> … <c>{% end %}</c> (and the other math names) is
/// display math; <c>{{ toc() }}</c> the table of contents; <c>{{ img(path=…) }}</c> a figure; any other body shortcode
/// (<c>{% cap() %}</c>) a box with its Markdown inside and the shortcode's name as class. Unknown shortcodes are
/// reported (SM1603) and their text kept.
/// </summary>
public sealed class ZolaShortcodeBlockParser : BlockParser
{
    public ZolaShortcodeBlockParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        var line = processor.Line;
        if (processor.IsCodeIndent || ZolaShortcodeCall.Read(line.Text, line.Start) is not { } call) return BlockState.None;
        var rest = line.Text.AsSpan(line.Start + call.Length, line.End + 1 - line.Start - call.Length);
        var span = new SourceSpan(processor.Start, line.End);

        if (!call.HasBody)
        {
            if (!rest.IsWhiteSpace()) return BlockState.None;
            if (call.Name == ZolaShortcodeNames.Toc)
            {
                processor.NewBlocks.Push(new KramdownTocBlock(ordered: false, this) { Line = processor.LineIndex, Column = processor.Column, Span = span });
                return BlockState.BreakDiscard;
            }
            if (ZolaShortcodeNames.Images.Contains(call.Name) && (call.Argument("path") ?? call.Argument("src")) is { } source)
            {
                processor.NewBlocks.Push(ShortcodeFigureBlock.Create(this, processor, source, call.Argument("alt"),
                    call.Argument("caption"), call.Argument("link"), call.Argument("class")));
                return BlockState.BreakDiscard;
            }
            return BlockState.None; // Inline shortcodes (math, unknown) are the inline parser's.
        }

        var end = ZolaShortcodeCall.FindEnd(line.Text, line.Start + call.Length, out var endLength);
        if (end < 0) return BlockState.None;
        if (call.IsMath)
        {
            var math = new MathBlock(this)
            {
                Delimiter = MathDelimiter.Bracket,
                Line = processor.LineIndex,
                Column = processor.Column,
                Span = new SourceSpan(processor.Start, end + endLength - 1),
                TexLine = processor.LineIndex,
                TexColumn = processor.Column + call.Length,
                Tex = line.Text[(line.Start + call.Length)..end].Trim(),
                IsClosed = true,
            };
            processor.NewBlocks.Push(math);
            // The lines up to {% end %} are the TeX just read: this block swallows them.
            return end <= line.End ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
        }

        if (!rest.IsWhiteSpace()) return BlockState.None;
        var box = new FencedDivBlock(this) { Line = processor.LineIndex, Column = processor.Column, Span = span };
        box.GetAttributes().AddClass("shortcode-" + call.Name);
        if (!ZolaShortcodeNames.Boxes.Contains(call.Name))
        {
            BlockDiagnostics.WarningAt(processor, box, DiagnosticCodes.UnknownZolaShortcode, $"Zola shortcode '{call.Name}' is not supported; its inner text is kept in a plain box");
        }
        processor.NewBlocks.Push(box);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var line = processor.Line;
        var endsHere = ZolaShortcodeCall.FindEnd(line.Text, line.Start, out _, line.End + 1) >= 0;
        if (block is MathBlock)
        {
            return endsHere ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
        }

        var box = (FencedDivBlock)block;
        if (processor.IsBlankLine) return BlockState.Continue;
        for (var d = box.LastChild; d is not null; d = (d as ContainerBlock)?.LastChild)
        {
            if (d is FencedDivBlock { HasClosingFence: false } or FencedCodeBlock { ClosingFencedCharCount: 0 }) return BlockState.Continue;
        }
        if (endsHere && line.ToString().Trim() is var text && ZolaShortcodeCall.FindEnd(text, 0, out var length) == 0 && length == text.Length)
        {
            box.HasClosingFence = true;
            return BlockState.BreakDiscard;
        }
        return BlockState.Continue;
    }
}
