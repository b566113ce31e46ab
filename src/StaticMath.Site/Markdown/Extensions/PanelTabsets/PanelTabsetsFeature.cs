using StaticMath.Site.Markdown.Extensions.FencedDivs;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.PanelTabsets;

/// <summary>Quarto's tabsets (<c>::: {.panel-tabset}</c>, one tab per heading) as radio-button tabs: no script.</summary>
public sealed class PanelTabsetsFeature : ISiteFeature
{
    public void Register(FeatureRegistry registry)
    {
        var style = registry.Style(PanelTabsetStyle.Css);
        registry
            .Markdown(MarkdownStage.Syntax, new FencedDivsExtension())
            .Markdown(MarkdownStage.Syntax, new PanelTabsetsExtension(style));
    }
}
