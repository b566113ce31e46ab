using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Figures;

/// <summary>An image alone in its paragraph becomes a numbered figure with a caption; images get their real sizes.</summary>
public sealed class FiguresFeature : ISiteFeature
{
    /// <summary><c>figures:</c> optional "Figure N:" numbering.</summary>
    public SettingsSection Settings { get; } = SettingsSection.Of<FiguresConfig>("figures");

    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new FiguresExtension())
        .Document(DocumentStage.Blocks, new DocumentRewrite(ImageParagraphs.Apply))
        .Html(HtmlStage.Blocks, new FigureHtmlPostProcessor(registry.Config.Section<FiguresConfig>()))
        .Stylesheet("assets/css/blocks.css")
        .Owns(DiagnosticCodes.MissingImage);
}
