using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Figures;

/// <summary>
/// <c>&lt;figure class="figure" [id]&gt;&lt;img …&gt;&lt;figcaption&gt;caption&lt;/figcaption&gt;&lt;/figure&gt;</c>. The caption is the
/// image title parsed as inline Markdown (so <c>$x$</c> and <c>*em*</c> work), else the alt text's own inlines; no
/// caption when both are empty. Size, lazy loading and numbering are added by <see cref="FigureHtmlPostProcessor"/>.
/// </summary>
public sealed class ImageFigureRenderer(MarkdownPipeline pipeline) : HtmlObjectRenderer<ImageFigureBlock>
{
    protected override void Write(HtmlRenderer renderer, ImageFigureBlock block)
    {
        var image = block.Image;
        var title = image.Title;
        var altHasContent = image.FirstChild is not null && !string.IsNullOrWhiteSpace(PlainText(image));

        var attributes = new HtmlAttributes();
        block.TryGetAttributes()?.CopyTo(attributes);
        attributes.AddClass("figure");
        renderer.EnsureLine();
        renderer.Write("<figure").WriteAttributes(attributes).WriteLine(">");

        // The title becomes the caption, so drop it from the <img> (no duplicate tooltip).
        image.Title = string.IsNullOrWhiteSpace(title) ? image.Title : null;
        if (block.Link is { } link)
        {
            renderer.Write("<a href=\"").WriteEscapeUrl(link.GetDynamicUrl?.Invoke() ?? link.Url).Write('"').WriteAttributes(link).Write('>');
            renderer.Write(image);
            renderer.Write("</a>");
        }
        else renderer.Write(image);
        image.Title = title;
        renderer.EnsureLine();

        if (!string.IsNullOrWhiteSpace(title))
        {
            renderer.Write("<figcaption>");
            WriteInlineMarkdown(renderer, title);
            renderer.WriteLine("</figcaption>");
        }
        else if (altHasContent)
        {
            renderer.Write("<figcaption>");
            // The alt text is text (the alt= attribute has it escaped): its Markdown shows, raw HTML in it does not run.
            foreach (var html in image.Descendants<Markdig.Syntax.Inlines.HtmlInline>().ToList())
                html.ReplaceBy(new Markdig.Syntax.Inlines.LiteralInline(html.Tag));
            renderer.WriteChildren(image);
            renderer.WriteLine("</figcaption>");
        }
        renderer.WriteLine("</figure>");
    }

    private void WriteInlineMarkdown(HtmlRenderer renderer, string markdown)
    {
        var context = new MarkdownParserContext();
        if (renderer is PageHtmlRenderer page) context.Properties[typeof(PageRenderContext)] = page.Context;
        var document = Markdig.Markdown.Parse(markdown, pipeline, context);
        if (document.FirstOrDefault() is ParagraphBlock { Inline: { } inline }) renderer.WriteChildren(inline);
        else renderer.Write(System.Net.WebUtility.HtmlEncode(markdown));
    }

    private static string PlainText(Markdig.Syntax.Inlines.ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        foreach (var literal in container.Descendants<Markdig.Syntax.Inlines.LiteralInline>()) text.Append(literal.Content.ToString());
        foreach (var code in container.Descendants<Markdig.Syntax.Inlines.CodeInline>()) text.Append(code.Content);
        return text.ToString();
    }
}
