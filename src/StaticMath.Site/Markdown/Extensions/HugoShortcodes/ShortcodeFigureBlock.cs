using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace StaticMath.Site.Markdown.Extensions.HugoShortcodes;

/// <summary>
/// A figure written as a shortcode: Hugo's <c>{{&lt; figure src=… alt=… caption=… link=… &gt;}}</c>, Zola's
/// <c>{{ img(path=…, caption=…) }}</c>. The caption is the block's one line, so it gets inline Markdown (math, emphasis,
/// links) as Hugo's <c>markdownify</c> gives it.
/// </summary>
public sealed class ShortcodeFigureBlock : LeafBlock
{
    private ShortcodeFigureBlock(BlockParser parser) : base(parser)
    {
        ProcessInlines = true;
    }

    public string Source { get; private init; } = "";

    public string Alt { get; private init; } = "";

    public string? Link { get; private init; }

    public bool HasCaption { get; private init; }

    internal static ShortcodeFigureBlock Create(BlockParser parser, BlockProcessor processor, string source, string? alt, string? caption, string? link, string? classes)
    {
        caption ??= "";
        var block = new ShortcodeFigureBlock(parser)
        {
            Source = source,
            Alt = alt ?? StripMarkup(caption),
            Link = link,
            HasCaption = caption.Length > 0,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        };
        var slice = new StringSlice(caption);
        block.AppendLine(ref slice, processor.Column, processor.LineIndex, processor.Start, false);
        if (classes is { Length: > 0 })
        {
            foreach (var name in classes.Split(' ', StringSplitOptions.RemoveEmptyEntries)) block.GetAttributes().AddClass(name);
        }
        return block;
    }

    private static string StripMarkup(string caption) => caption.Replace("*", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
}

public sealed class ShortcodeFigureRenderer : HtmlObjectRenderer<ShortcodeFigureBlock>
{
    protected override void Write(HtmlRenderer renderer, ShortcodeFigureBlock block)
    {
        renderer.EnsureLine();
        renderer.Write("<figure").WriteAttributes(block).Write('>');
        if (block.Link is { } link) renderer.Write("<a href=\"").WriteEscapeUrl(link).Write("\">");
        renderer.Write("<img src=\"").WriteEscapeUrl(block.Source).Write("\" alt=\"").WriteEscape(block.Alt).Write("\">");
        if (block.Link is not null) renderer.Write("</a>");
        if (block.HasCaption) renderer.Write("<figcaption>").WriteLeafInline(block).Write("</figcaption>");
        renderer.WriteLine("</figure>");
    }
}
