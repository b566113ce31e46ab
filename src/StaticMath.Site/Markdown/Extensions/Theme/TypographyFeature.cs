using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Theme;

/// <summary>The default theme's passes on the final text: punctuation glued to the equation before it, the content grid's text wrapped.</summary>
public sealed class TypographyFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry) => registry
        .Html(HtmlStage.Typography, new MathPunctuationGlue())
        .Html(HtmlStage.Typography, new ContentGridTextWrapper())
        .Stylesheet("assets/css/layout.css");
}
