using Markdig;
using Markdig.Renderers;
using StaticMath.Site.Markdown.Extensions.FencedDivs;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.PanelTabsets;

/// <summary>Adds the tabset writer to the fenced divs (<see cref="PanelTabsetWriter"/>).</summary>
public sealed class PanelTabsetsExtension(FeatureStyle style) : IMarkdownExtension
{
    private readonly PanelTabsetWriter _writer = new(style);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var divs = pipeline.Extensions.Find<FencedDivsExtension>()
            ?? throw new InvalidOperationException("Add FencedDivsExtension before this extension (register it first, as the feature does).");
        divs.AddWriter(_writer);
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
