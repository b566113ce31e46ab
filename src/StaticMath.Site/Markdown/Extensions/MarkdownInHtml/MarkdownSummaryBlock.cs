using Markdig.Parsers;
using Markdig.Syntax;

namespace StaticMath.Site.Markdown.Extensions.MarkdownInHtml;

/// <summary>The <c>&lt;summary&gt;</c> line of a Markdown details block: its text is Markdown inlines.</summary>
public sealed class MarkdownSummaryBlock : LeafBlock
{
    public MarkdownSummaryBlock(BlockParser parser, string attributes) : base(parser)
    {
        Attributes = attributes;
        ProcessInlines = true;
    }

    /// <summary>The tag's attributes as written (with their leading space), kept as they are.</summary>
    public string Attributes { get; }
}
