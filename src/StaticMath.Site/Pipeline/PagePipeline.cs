using Markdig;

namespace StaticMath.Site.Pipeline;

/// <summary>
/// The frozen page pipeline of one configuration, made by <see cref="FeatureRegistry.Freeze"/>: the Markdig pipeline
/// and the passes of every stage, in order. It lives as long as the configuration (across <c>serve</c> rebuilds) and
/// is shared by all page builds, so passes must be thread-safe and keep page state in
/// <see cref="PageRenderContext.GetOrAddFeature{T}"/>.
/// </summary>
public sealed class PagePipeline(
    MarkdownPipeline markdown,
    IReadOnlyList<IContentPreprocessor> contentPreprocessors,
    IReadOnlyList<IMarkdownDocumentProcessor> documentProcessors,
    IReadOnlyList<IHtmlPostProcessor> htmlPostProcessors,
    IReadOnlyList<Action<SiteBuildContext>>? buildStarts = null)
{
    public MarkdownPipeline Markdown { get; } = markdown;

    /// <summary>Rewrite the body before parsing, in registration order.</summary>
    public IReadOnlyList<IContentPreprocessor> ContentPreprocessors { get; } = contentPreprocessors;

    /// <summary>Walk or rewrite the parsed document, in <see cref="DocumentStage"/> order.</summary>
    public IReadOnlyList<IMarkdownDocumentProcessor> DocumentProcessors { get; } = documentProcessors;

    /// <summary>Edit the rendered fragment's DOM, in <see cref="HtmlStage"/> order.</summary>
    public IReadOnlyList<IHtmlPostProcessor> HtmlPostProcessors { get; } = htmlPostProcessors;

    /// <summary>What features begin when a build starts (<see cref="FeatureRegistry.AtBuildStart"/>), in registration order.</summary>
    public IReadOnlyList<Action<SiteBuildContext>> BuildStarts { get; } = buildStarts ?? [];
}
