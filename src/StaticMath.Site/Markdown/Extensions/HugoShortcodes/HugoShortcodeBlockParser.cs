using StaticMath.Site.Diagnostics;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticMath.Site.Markdown.Extensions.FencedDivs;

namespace StaticMath.Site.Markdown.Extensions.HugoShortcodes;

/// <summary>
/// Hugo shortcodes written on their own lines. <c>highlight lang</c> … <c>/highlight</c> is a fenced code block (its
/// lines verbatim, indentation kept); <c>figure src=… caption=…</c> a figure; paired box-style shortcodes
/// (<see cref="HugoCallouts"/>) callouts with Markdown inside. Any other shortcode is reported (SM1602) and its text kept:
/// a paired one's inner Markdown renders in a plain box, a single one stays as written.
/// </summary>
public sealed class HugoShortcodeBlockParser : BlockParser
{
    public HugoShortcodeBlockParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || HugoShortcodeCall.ParseLine(processor.Line.AsSpan()) is not { IsClosing: false } call) return BlockState.None;

        var line = processor.Line;
        var closing = call.FindClosingLine(line.Text, line.End + 1);
        if (call.Name == HugoShortcodeNames.Highlight && closing >= 0)
        {
            processor.NewBlocks.Push(new FencedCodeBlock(this)
            {
                Info = call.Argument("lang", 0) ?? "",
                Arguments = call.Positional.Count > 1 ? call.Positional[1] : string.Join(",", call.Named.Select(p => p.Key + "=" + p.Value)),
                FencedChar = '`',
                OpeningFencedCharCount = 3,
                Line = processor.LineIndex,
                Column = processor.Column,
                Span = new SourceSpan(processor.Start, line.End),
            });
            return BlockState.ContinueDiscard;
        }

        if (call.Name == HugoShortcodeNames.Figure && call.Argument("src") is { } source)
        {
            processor.NewBlocks.Push(ShortcodeFigureBlock.Create(this, processor, source, call.Argument("alt"),
                call.Argument("caption") ?? call.Argument("title"), call.Argument("link"), call.Argument("class")));
            return BlockState.BreakDiscard;
        }

        if (closing >= 0)
        {
            var div = new FencedDivBlock(this) { Line = processor.LineIndex, Column = processor.Column, Span = new SourceSpan(processor.Start, line.End) };
            if (HugoCallouts.KindOf(call) is { } kind)
            {
                div.Kind = kind;
                if (call.Argument("title") is { } title) AddTitle(div, title, processor);
            }
            else
            {
                div.GetAttributes().AddClass("shortcode-" + call.Name);
                Warn(processor, div, $"Hugo shortcode '{call.Name}' is not supported; its inner text is kept in a plain box");
            }
            processor.NewBlocks.Push(div);
            return BlockState.ContinueDiscard;
        }

        Warn(processor, new ParagraphBlock { Line = processor.LineIndex, Column = processor.Column },
            $"Hugo shortcode '{call.Name}' is not supported; it is kept as written");
        return BlockState.None;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var closes = !processor.IsCodeIndent && HugoShortcodeCall.ParseLine(processor.Line.AsSpan()) is { IsClosing: true } call;
        if (block is FencedCodeBlock code)
        {
            if (closes)
            {
                code.ClosingFencedCharCount = 3;
                code.UpdateSpanEnd(processor.Line.End);
                return BlockState.BreakDiscard;
            }
            // The code as written (Markdig appends the line): the whole line, indentation included.
            processor.GoToColumn(processor.ColumnBeforeIndent);
            return BlockState.Continue;
        }

        var div = (FencedDivBlock)block;
        if (processor.IsBlankLine) return BlockState.Continue;
        for (var d = div.LastChild; d is not null; d = (d as ContainerBlock)?.LastChild)
        {
            if (d is FencedDivBlock { HasClosingFence: false } or FencedCodeBlock { ClosingFencedCharCount: 0 }) return BlockState.Continue;
        }
        if (closes)
        {
            div.HasClosingFence = true;
            div.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }
        return BlockState.Continue;
    }

    private static void AddTitle(FencedDivBlock div, string title, BlockProcessor processor)
    {
        div.TitleText = title;
        var heading = new FencedDivTitle(null) { Line = processor.LineIndex, Column = processor.Column, Span = div.Span };
        var slice = new StringSlice(title);
        heading.AppendLine(ref slice, processor.Column, processor.LineIndex, processor.Start, false);
        div.Add(heading);
    }

    private static void Warn(BlockProcessor processor, MarkdownObject at, string message) =>
        BlockDiagnostics.WarningAt(processor, at, DiagnosticCodes.UnknownHugoShortcode, message);
}
