using Markdig.Parsers;
using Markdig.Syntax;

namespace StaticMath.Site.Markdown.Extensions.FencedDivs;

/// <summary>
/// A Pandoc-style fenced div: <c>::: kind "Title" {#id .class key=value}</c> … <c>:::</c>. The block only records
/// what was written; callouts and convo decide what a kind means when rendering. Id, classes and key=value pairs are
/// in the block's HtmlAttributes. A title, when present, is the first child (<see cref="FencedDivTitle"/>) so it gets
/// normal inline parsing (emphasis, links, math).
/// </summary>
public sealed class FencedDivBlock : ContainerBlock
{
    public FencedDivBlock(BlockParser? parser) : base(parser)
    {
    }

    /// <summary>The bare word after the colons, lower-cased (<c>theorem</c>, <c>convo</c>); empty for the <c>{.class}</c> form.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Number of colons of the opening fence.</summary>
    public int FenceLength { get; set; }

    /// <summary>False when the document (or the enclosing block) ended before a closing fence.</summary>
    public bool HasClosingFence { get; internal set; }

    /// <summary>Raw title text from the info line or a <c>title="…"</c> attribute, before inline parsing.</summary>
    public string? TitleText { get; set; }

    public FencedDivTitle? Title => Count > 0 ? this[0] as FencedDivTitle : null;
}

/// <summary>The inline-parsed title of a <see cref="FencedDivBlock"/>; rendered by the block's owner, never on its own.</summary>
public sealed class FencedDivTitle : LeafBlock
{
    public FencedDivTitle(BlockParser? parser) : base(parser)
    {
        ProcessInlines = true;
    }
}
