using StaticMath.Site.Configuration;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Embeds;

/// <summary>A paragraph holding only a YouTube, tweet or other URL becomes the embed, without third-party scripts.</summary>
public sealed class EmbedsFeature : ISiteFeature
{
    /// <summary><c>embeds:</c> iframes or click-to-load placeholders.</summary>
    public SettingsSection Settings { get; } = SettingsSection.Of<EmbedsConfig>("embeds");

    public void Register(FeatureRegistry registry)
    {
        var embeds = registry.Config.Section<EmbedsConfig>();
        registry
            .Markdown(MarkdownStage.Syntax, new EmbedsExtension(embeds))
            .Document(DocumentStage.Blocks, new DocumentRewrite(EmbedUrlParagraphs.Apply))
            .Html(HtmlStage.Blocks, new EmbedHtmlPostProcessor(embeds))
            .Stylesheet("assets/css/blocks.css");
    }
}
