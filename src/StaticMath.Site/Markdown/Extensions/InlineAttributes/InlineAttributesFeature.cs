using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.InlineAttributes;

/// <summary>Pandoc's <c>{#id .class key=value}</c> after headings, fenced code, links, images and code spans.</summary>
public sealed class InlineAttributesFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Attributes, new InlineAttributesExtension());
}
