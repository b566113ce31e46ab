using StaticMath.Site.Build;
using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Markdown.Extensions;
using StaticMath.Site.Markdown.Extensions.Callouts;
using StaticMath.Site.Markdown.Extensions.Convo;
using StaticMath.Site.Markdown.Extensions.Embeds;
using StaticMath.Site.Markdown.Extensions.Figures;

namespace StaticMath.Site.Pipeline;

/// <summary>
/// The ONE place where content preprocessors, Markdown document processors and HTML post-processors are registered:
/// add one line per processor in <see cref="Create"/>. Markdig extensions are wired in <c>MarkdownPipelineFactory</c>.
/// Instances live as long as the site's configuration (across <c>serve</c> rebuilds) and are shared by all page builds, so processors must be thread-safe and keep no build state (keep page
/// state in <see cref="PageRenderContext.GetOrAddFeature{T}"/>).
/// </summary>
public sealed class PagePipelineRegistry
{
    private readonly List<IContentPreprocessor> _contentPreprocessors = [];
    private readonly List<IMarkdownDocumentProcessor> _documentProcessors = [];
    private readonly List<IHtmlPostProcessor> _htmlPostProcessors = [];

    /// <summary>Stage 2, in registration order.</summary>
    public IReadOnlyList<IContentPreprocessor> ContentPreprocessors => _contentPreprocessors;

    /// <summary>Stage 4, sorted by Order (stable for equal orders).</summary>
    public IReadOnlyList<IMarkdownDocumentProcessor> DocumentProcessors => _documentProcessors;

    /// <summary>Stage 6, sorted by Order (stable for equal orders).</summary>
    public IReadOnlyList<IHtmlPostProcessor> HtmlPostProcessors => _htmlPostProcessors;

    public static PagePipelineRegistry Create(SiteBuildContext build) => Create(build.Config, build.Diagnostics);

    /// <summary>The processors for a configuration; problems with its settings go to <paramref name="diagnostics"/>.</summary>
    public static PagePipelineRegistry Create(SiteConfig config, DiagnosticBag diagnostics)
    {
        var registry = new PagePipelineRegistry();

        // Stage 2 — content preprocessors (one line each).
        registry.Add(new Liquid.LiquidBodyPreprocessor());

        // Stage 4 — Markdown document processors (one line each).
        registry.Add(new Markdown.Extensions.VerbatimHtml.VerbatimHtmlProcessor()).Add(new Markdown.Extensions.VerbatimHtml.UnclosedInlineTags());
        registry.Add(new BlockDocumentProcessor());
        registry.Add(new Markdown.Extensions.Math.MathNumberingProcessor());

        // Stage 6 — HTML post-processors (one line each).
        registry.Add(new Markdown.Extensions.Math.RawHtmlMathPostProcessor());
        registry.Add(new Markdown.Extensions.Math.MathGlyphDefinitionsPostProcessor());
        registry.Add(new Markdown.Extensions.Math.MathHeadingIdPostProcessor());
        registry.Add(new CalloutHtmlPostProcessor(config.Callouts)).Add(new FigureHtmlPostProcessor(config.Figures));
        registry.Add(new EmbedHtmlPostProcessor(config.Embeds)).Add(new ConvoHtmlPostProcessor()).Add(new BlockReferenceResolver());
        registry.Add(new Markdown.Extensions.MarkdownInHtml.MarkdownAttributeCleaner());
        registry.Add(new Distill.DistillHeadProcessor()).Add(new Distill.FootnotePostProcessor()).Add(new Distill.CitationPostProcessor()).Add(new Distill.TableOfContentsPostProcessor());
        registry.Add(new Markdown.Extensions.Theme.MathPunctuationGlue());
        registry.Add(new Markdown.Extensions.Theme.ContentGridTextWrapper());
        registry.Add(new RelativeLinkRewriter());
        registry.Add(UnsafeUrlPostProcessor.For(config, diagnostics));
        if (config.BasePath.Length > 0) registry.Add(new BasePathLinkRewriter(config.BasePath));

        return registry;
    }

    public PagePipelineRegistry Add(IContentPreprocessor preprocessor)
    {
        _contentPreprocessors.Add(preprocessor);
        return this;
    }

    public PagePipelineRegistry Add(IMarkdownDocumentProcessor processor)
    {
        _documentProcessors.Add(processor);
        Sort(_documentProcessors, p => p.Order);
        return this;
    }

    public PagePipelineRegistry Add(IHtmlPostProcessor processor)
    {
        _htmlPostProcessors.Add(processor);
        Sort(_htmlPostProcessors, p => p.Order);
        return this;
    }

    private static void Sort<T>(List<T> items, Func<T, int> order)
    {
        var sorted = items.Select((item, index) => (item, index)).OrderBy(x => order(x.item)).ThenBy(x => x.index).Select(x => x.item).ToList();
        items.Clear();
        items.AddRange(sorted);
    }
}
