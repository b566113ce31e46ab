using Markdig;
using Markdig.Renderers;
using StaticMath.Site.Markdown.Extensions.FencedDivs;

namespace StaticMath.Site.Markdown.Extensions.Callouts;

/// <summary>
/// Theorem-style and admonition boxes in every form authors bring:
/// <list type="bullet">
/// <item>corpus HTML: <c>&lt;div class="math-callout math-callout--theorem" markdown="1"&gt;</c> (kept as written);</item>
/// <item><c>::: theorem "Name" {#thm-x}</c> … <c>:::</c>, kinds in <see cref="CalloutKinds"/>;</item>
/// <item>Quarto <c>::: {.callout-note title="…"}</c> and <c>::: {#thm-x}</c>; GitHub alerts <c>&gt; [!NOTE]</c>;</item>
/// <item>al-folio <c>&gt; …</c> + <c>{: .block-tip}</c> / <c>.block-warning</c> / <c>.block-danger</c>;</item>
/// <item>plain <c>&lt;div class="theorem"&gt;</c> / <c>&lt;div class="proof"&gt;</c> (upgraded by <see cref="CalloutHtmlPostProcessor"/>).</item>
/// </list>
/// CSS classes: <c>math-callout</c>, <c>math-callout--{kind}</c> (theorem lemma proposition corollary conjecture
/// definition example exercise remark algorithm proof note tip important warning caution danger, plus the corpus'
/// own e.g. <c>--question</c>), <c>math-callout__title</c>, <c>math-callout__label</c>, <c>math-callout__name</c>,
/// <c>math-callout__qed</c>; al-folio quotes keep <c>blockquote.block-tip|block-warning|block-danger</c>;
/// references get <c>a.sm-ref</c>. Numbering and references: <see cref="CalloutHtmlPostProcessor"/>.
/// </summary>
public sealed class CalloutsExtension : IMarkdownExtension
{
    private readonly CalloutFencedDivWriter _writer = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Markdig forbids adding extensions while the pipeline is being built, so the Use… method adds this one first.
        var divs = pipeline.Extensions.Find<FencedDivsExtension>()
            ?? throw new InvalidOperationException("Add FencedDivsExtension before this extension (register it first, as the feature does).");
        divs.AddWriter(_writer);

        // Paragraph rewrites run in the page pipeline, at DocumentStage.Blocks (see the feature).
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        // Order matters: AlertBlock derives from QuoteBlock, so its renderer must come first.
        if (!html.ObjectRenderers.Contains<QuoteCalloutRenderer>()) html.ObjectRenderers.Insert(0, new QuoteCalloutRenderer());
        if (!html.ObjectRenderers.Contains<AlertCalloutRenderer>()) html.ObjectRenderers.Insert(0, new AlertCalloutRenderer());
    }
}
