using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Figures;

/// <summary>An image alone in its paragraph becomes a numbered figure with a caption; images get their real sizes.</summary>
public sealed class FiguresFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new FiguresExtension())
        .Document(DocumentStage.Blocks, new DocumentRewrite(ImageParagraphs.Apply))
        .Html(HtmlStage.Blocks, new FigureHtmlPostProcessor(registry.Config.Figures))
        .Stylesheet("assets/css/blocks.css")
        .Owns(DiagnosticCodes.MissingImage);
}
