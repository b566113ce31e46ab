using Markdig;
using Markdig.Renderers;

namespace StaticMath.Site.Markdown.Extensions.CodeHighlighting;

/// <summary>
/// Build-time highlighting of fenced code (TextMate grammars → CSS classes, no JavaScript).
/// CSS classes (the default theme's code.css): <c>code-block</c>, <c>code-block--{lang}</c>, <c>code-block--plain</c>,
/// <c>code-block--linenos</c>, <c>code-block__lang</c>, <c>span.line</c>, tokens <c>tok-keyword tok-string tok-comment
/// tok-number tok-builtin tok-type tok-function tok-attr tok-tag tok-punctuation tok-operator tok-variable tok-escape
/// tok-preprocessor tok-emphasis tok-strong</c>; <c>pre.execution-output</c>; <c>div.diagram</c>, <c>pre.diagram-source</c>,
/// <c>p.diagram-source__note</c>.
/// </summary>
public sealed class CodeHighlightingExtension(CodeConfig config) : IMarkdownExtension
{
    public CodeHighlightingExtension() : this(new CodeConfig())
    {
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HighlightedCodeBlockRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HighlightedCodeBlockRenderer(config));
        }
    }
}
