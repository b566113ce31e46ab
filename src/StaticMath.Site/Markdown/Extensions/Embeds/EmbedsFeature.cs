using StaticMath.Site.Configuration;
using StaticMath.Site.Liquid;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Embeds;

/// <summary>
/// A paragraph holding only a YouTube, tweet or other URL becomes the embed, without third-party scripts; so do the
/// iframes and tweet blockquotes of raw HTML, and Jekyll's <c>{% youtube %}</c> and <c>{% twitter %}</c> tags.
/// </summary>
public sealed class EmbedsFeature : ISiteFeature
{
    /// <summary><c>embeds:</c> iframes or click-to-load placeholders.</summary>
    public SettingsSection Settings { get; } = SettingsSection.Of<EmbedsConfig>("embeds");

    public void Register(FeatureRegistry registry)
    {
        var embeds = registry.Config.Section<EmbedsConfig>();
        new EmbedTags(embeds).Register(registry.Part<LiquidRegistry>());
        registry
            .Markdown(MarkdownStage.Syntax, new EmbedsExtension(embeds))
            .Document(DocumentStage.Blocks, new DocumentRewrite(EmbedUrlParagraphs.Apply))
            .Html(HtmlStage.Blocks, new EmbedHtmlPostProcessor(embeds))
            .Stylesheet("assets/css/blocks.css");
    }
}
