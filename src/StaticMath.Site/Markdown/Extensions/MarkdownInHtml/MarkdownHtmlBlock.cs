using Markdig.Parsers;
using Markdig.Syntax;

namespace StaticMath.Site.Markdown.Extensions.MarkdownInHtml;

/// <summary>
/// An HTML element opened with kramdown's <c>markdown="1"</c>: its children are ordinary Markdown blocks.
/// The element's attributes (minus <c>markdown</c>) live in the block's <see cref="Markdig.Renderers.Html.HtmlAttributes"/>
/// so other extensions (callouts, convo) can add classes before rendering.
/// </summary>
public sealed class MarkdownHtmlBlock : ContainerBlock
{
    public MarkdownHtmlBlock(BlockParser? parser, string tagName) : base(parser)
    {
        TagName = tagName;
    }

    /// <summary>Lower-case element name: div, details, section, aside, figure or blockquote.</summary>
    public string TagName { get; }

    /// <summary>Number of same-named raw (non-Markdown) elements currently open inside, so their closing tags do not close this block.</summary>
    internal int RawDepth { get; set; }

    /// <summary>False when the document ended before the closing tag was found.</summary>
    public bool HasClosingTag { get; internal set; }
}
