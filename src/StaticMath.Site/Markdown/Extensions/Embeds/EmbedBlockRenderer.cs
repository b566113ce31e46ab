using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticMath.Site.Markdown.Extensions.Embeds;

/// <summary>Writes an <see cref="EmbedBlock"/> with <see cref="EmbedHtml"/>.</summary>
public sealed class EmbedBlockRenderer(EmbedsConfig config) : HtmlObjectRenderer<EmbedBlock>
{
    protected override void Write(HtmlRenderer renderer, EmbedBlock block)
    {
        renderer.EnsureLine();
        if (EmbedUrls.TryParseYouTube(block.Url, out var id, out var start))
            renderer.Write(EmbedHtml.YouTube(id, start, null, config));
        else
            renderer.Write(EmbedHtml.TweetLink(block.Url));
    }
}
