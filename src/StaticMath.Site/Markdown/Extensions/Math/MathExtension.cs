using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// TeX math in Markdown, with the delimiters of kramdown/MathJax/KaTeX posts (see <see cref="MathInlineParser"/> and
/// <see cref="MathBlockParser"/>), rendered to SVG at build time by <see cref="HtmlMathRenderers"/>.
/// </summary>
public sealed class MathExtension : IMarkdownExtension
{
    private readonly MathEscapes _escapes;

    public MathExtension()
        : this(null)
    {
    }

    /// <param name="config">The site's <c>math:</c> settings (for <c>math.escapes</c>); null for the defaults.</param>
    public MathExtension(MathConfig? config)
    {
        _ = MathConfig.TryParseEscapes(config?.Escapes, out _escapes); // an unknown value was reported when the config was read
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<MathBlockParser>())
        {
            // Before the paragraph parser and anything else that could claim a line starting with $ or \.
            pipeline.BlockParsers.Insert(0, new MathBlockParser(_escapes));
        }

        if (!pipeline.BlockParsers.Contains<KramdownCommentBlockParser>())
        {
            // Math inside kramdown comments is not math: the comment line is dropped before anything sees it.
            pipeline.BlockParsers.Insert(0, new KramdownCommentBlockParser());
        }

        if (!pipeline.InlineParsers.Contains<MathInlineParser>())
        {
            // Before the escape parser: "\\(" must be seen before "\\" turns into a backslash.
            var escape = pipeline.InlineParsers.FindExact<EscapeInlineParser>();
            if (escape is not null)
            {
                pipeline.InlineParsers.InsertBefore<EscapeInlineParser>(new MathInlineParser(_escapes));
            }
            else
            {
                pipeline.InlineParsers.Insert(0, new MathInlineParser(_escapes));
            }
        }

        var heading = pipeline.BlockParsers.FindExact<HeadingBlockParser>();
        if (heading is not null && !pipeline.BlockParsers.Contains<HeadingAttributesGuard>())
        {
            pipeline.BlockParsers.InsertAfter<HeadingBlockParser>(new HeadingAttributesGuard(heading));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            HtmlMathRenderers.AddTo(html);
        }
    }
}
