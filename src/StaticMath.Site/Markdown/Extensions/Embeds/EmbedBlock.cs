using Markdig.Parsers;
using Markdig.Syntax;

namespace StaticMath.Site.Markdown.Extensions.Embeds;

/// <summary>A paragraph that held nothing but a YouTube or tweet URL, to be rendered as that embed.</summary>
public sealed class EmbedBlock(BlockParser? parser, string url) : LeafBlock(parser)
{
    public string Url { get; } = url;
}
