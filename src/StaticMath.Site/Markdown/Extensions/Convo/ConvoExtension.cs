using Markdig;
using Markdig.Renderers;
using StaticMath.Site.Markdown.Extensions.FencedDivs;

namespace StaticMath.Site.Markdown.Extensions.Convo;

/// <summary>
/// Conversation blocks. Markdown: <c>:::: convo</c> around <c>::: user</c> / <c>::: assistant</c> / <c>::: gpt</c> /
/// <c>::: system</c> divs; raw HTML: <c>&lt;div class="convo"&gt;</c> as in real posts. Both are styled by
/// <see cref="ConvoHtmlPostProcessor"/> (classes listed there).
/// </summary>
public sealed class ConvoExtension : IMarkdownExtension
{
    private readonly ConvoFencedDivWriter _writer = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Markdig forbids adding extensions while the pipeline is being built, so the Use… method adds this one first.
        var divs = pipeline.Extensions.Find<FencedDivsExtension>()
            ?? throw new InvalidOperationException("Add FencedDivsExtension before this extension (register it first, as the feature does).");
        divs.AddWriter(_writer);
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
