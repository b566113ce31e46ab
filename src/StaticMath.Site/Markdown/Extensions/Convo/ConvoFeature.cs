using StaticMath.Site.Markdown.Extensions.FencedDivs;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Convo;

/// <summary>Chat transcripts: <c>:::: convo</c> with <c>::: user</c> / <c>::: assistant</c>, and the same in HTML.</summary>
public sealed class ConvoFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Syntax, new FencedDivsExtension())
        .Markdown(MarkdownStage.Syntax, new ConvoExtension())
        .Html(HtmlStage.Blocks, new ConvoHtmlPostProcessor())
        .Stylesheet("assets/css/blocks.css");
}
