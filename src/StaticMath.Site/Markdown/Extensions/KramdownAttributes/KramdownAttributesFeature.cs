using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.KramdownAttributes;

/// <summary>kramdown's <c>{: …}</c> attribute lists; registered after the generic attributes so its parser is asked first for <c>{:</c>.</summary>
public sealed class KramdownAttributesFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Markdown(MarkdownStage.Attributes, new KramdownAttributesExtension());
}
