using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.Figures;

/// <summary>Turns paragraphs holding a single image into <see cref="ImageFigureBlock"/>s once parsing is done.</summary>
public static class ImageParagraphs
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>().ToList())
        {
            if (paragraph.Inline is null || paragraph.Parent is not { } parent) continue;
            var items = paragraph.Inline.Where(i => !IsBlank(i)).ToList();
            if (items.Count != 1 || items[0] is not LinkInline outer) continue;

            LinkInline image;
            LinkInline? link = null;
            if (outer.IsImage) image = outer;
            else
            {
                var inner = outer.Where(i => !IsBlank(i)).ToList();
                if (inner.Count != 1 || inner[0] is not LinkInline { IsImage: true } wrapped) continue;
                image = wrapped;
                link = outer;
            }

            var inlines = paragraph.Inline;
            paragraph.Inline = null;
            var figure = new ImageFigureBlock(image, link)
            {
                Line = paragraph.Line, Column = paragraph.Column, Span = paragraph.Span, Inline = inlines,
            };
            // Attributes given to the paragraph or image ({#fig-x .wide}) belong to the figure; the image keeps its own others.
            var attributes = figure.GetAttributes();
            paragraph.TryGetAttributes()?.CopyTo(attributes);
            if (image.TryGetAttributes() is { Id: { } id } imageAttributes)
            {
                attributes.Id = id;
                imageAttributes.Id = null;
            }
            var index = parent.IndexOf(paragraph);
            parent.RemoveAt(index);
            parent.Insert(index, figure);
        }
    }

    private static bool IsBlank(Inline inline) =>
        inline is LineBreakInline || (inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace());
}
