using Markdig;
using Markdig.Renderers;

namespace StaticMath.Site.Markdown.Extensions.FencedDivs;

/// <summary>
/// Pandoc/Quarto fenced divs (<c>::: kind "Title" {#id .class}</c> … <c>:::</c>), the Markdown form of callouts and
/// convo blocks. Other extensions add an <see cref="IFencedDivWriter"/> for the kinds they own.
/// Output for unowned divs: <c>div.fenced-div</c> (+ <c>.fenced-div--unknown</c>, <c>p.fenced-div__title</c>).
/// </summary>
public sealed class FencedDivsExtension : IMarkdownExtension
{
    private readonly List<IFencedDivWriter> _writers = [];

    public void AddWriter(IFencedDivWriter writer)
    {
        if (!_writers.Contains(writer)) _writers.Add(writer);
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Contains<FencedDivParser>()) return;
        // Before Markdig's own `:::` custom containers, should someone enable them too.
        pipeline.BlockParsers.Insert(0, new FencedDivParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var existing = html.ObjectRenderers.Find<FencedDivRenderer>();
        if (existing is null)
        {
            existing = new FencedDivRenderer();
            html.ObjectRenderers.Insert(0, existing);
        }
        foreach (var writer in _writers)
        {
            if (!existing.Writers.Contains(writer)) existing.Writers.Add(writer);
        }
    }
}
