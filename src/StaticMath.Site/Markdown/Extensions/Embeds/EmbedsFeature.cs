using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Embeds;

/// <summary>A paragraph holding only a YouTube, tweet or other URL becomes the embed, without third-party scripts.</summary>
public sealed class EmbedsFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new EmbedsExtension(registry.Config.Embeds))
        .Document(DocumentStage.Blocks, new DocumentRewrite(EmbedUrlParagraphs.Apply))
        .Html(HtmlStage.Blocks, new EmbedHtmlPostProcessor(registry.Config.Embeds))
        .Stylesheet("assets/css/blocks.css");
}
