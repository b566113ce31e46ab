using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.Figures;

/// <summary>
/// A paragraph that held only an image (optionally wrapped in a link), rendered as a figure. The paragraph's inline
/// tree is kept as this block's <see cref="LeafBlock.Inline"/>, so the alt text's inlines (emphasis, math) serve as
/// the caption when there is no title.
/// </summary>
public sealed class ImageFigureBlock : LeafBlock
{
    public ImageFigureBlock(LinkInline image, LinkInline? link) : base(null)
    {
        Image = image;
        Link = link;
        ProcessInlines = false;
    }

    public LinkInline Image { get; }

    /// <summary>The link around the image (<c>[![alt](img.png)](big.png)</c>), or null.</summary>
    public LinkInline? Link { get; }
}
