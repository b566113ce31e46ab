using Markdig;
using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Pipeline;

/// <summary>
/// What features register into (<see cref="ISiteFeature.Register"/>): Markdig extensions, content preprocessors,
/// document processors and HTML passes at named stages, the diagnostic codes each feature owns, the theme
/// stylesheets its HTML needs, and parts other folders collect (<see cref="Part{T}"/>: Liquid tags and filters).
/// <see cref="Freeze"/> turns it into the <see cref="PagePipeline"/> shared by all page builds. Inside a stage, parts
/// run in the order their features were registered, then in the order each feature added them.
/// </summary>
public sealed class FeatureRegistry(SiteConfig config, DiagnosticBag settingsDiagnostics)
{
    private readonly List<(MarkdownStage Stage, IMarkdownExtension Extension)> _extensions = [];
    private readonly List<IContentPreprocessor> _contentPreprocessors = [];
    private readonly List<(DocumentStage Stage, IMarkdownDocumentProcessor Processor)> _documentProcessors = [];
    private readonly List<(HtmlStage Stage, IHtmlPostProcessor Pass)> _htmlPasses = [];
    private readonly List<Action<SiteBuildContext>> _buildStarts = [];
    private readonly Dictionary<string, string> _codeOwners = new(StringComparer.Ordinal);
    private readonly List<string> _stylesheets = [];
    private readonly List<FeatureStyle> _styles = [];
    private readonly Dictionary<Type, object> _parts = [];
    private string _feature = "";

    /// <summary>The site's configuration: features read their settings from it.</summary>
    public SiteConfig Config { get; } = config;

    /// <summary>Where a feature reports a problem with its settings (reported again by every build that uses the pipeline).</summary>
    public DiagnosticBag SettingsDiagnostics { get; } = settingsDiagnostics;

    /// <summary>Diagnostic code → the feature that owns it.</summary>
    public IReadOnlyDictionary<string, string> CodeOwners => _codeOwners;

    /// <summary>The theme stylesheets the features' HTML needs (theme-relative paths, each once, in registration order).</summary>
    public IReadOnlyList<string> Stylesheets => _stylesheets;

    /// <summary>The CSS the features ship themselves (<see cref="Style"/>), in registration order.</summary>
    public IReadOnlyList<FeatureStyle> Styles => _styles;

    /// <summary>Registers every part of <paramref name="feature"/>.</summary>
    public FeatureRegistry Add(ISiteFeature feature)
    {
        _feature = feature.GetType().Name;
        feature.Register(this);
        _feature = "";
        return this;
    }

    /// <summary>A Markdig extension; a second one of the same type is ignored (two features may need one parser).</summary>
    public FeatureRegistry Markdown(MarkdownStage stage, IMarkdownExtension extension)
    {
        if (!_extensions.Exists(e => e.Extension.GetType() == extension.GetType())) _extensions.Add((stage, extension));
        return this;
    }

    /// <summary>Rewrites the Markdown body before it is parsed, in registration order.</summary>
    public FeatureRegistry Preprocess(IContentPreprocessor preprocessor)
    {
        _contentPreprocessors.Add(preprocessor);
        return this;
    }

    public FeatureRegistry Document(DocumentStage stage, IMarkdownDocumentProcessor processor)
    {
        _documentProcessors.Add((stage, processor));
        return this;
    }

    public FeatureRegistry Html(HtmlStage stage, IHtmlPostProcessor pass)
    {
        _htmlPasses.Add((stage, pass));
        return this;
    }

    /// <summary>
    /// Work to begin when a build starts, before its pages (e.g. reading a store on another thread while the site
    /// loads); it must return at once, leaving anything slow to run in the background.
    /// </summary>
    public FeatureRegistry AtBuildStart(Action<SiteBuildContext> start)
    {
        _buildStarts.Add(start);
        return this;
    }

    /// <summary>The diagnostic codes the current feature reports; a code has one owner.</summary>
    public FeatureRegistry Owns(params string[] codes)
    {
        foreach (var code in codes)
        {
            if (!_codeOwners.TryAdd(code, _feature))
                throw new InvalidOperationException($"{code} is owned by both {_codeOwners[code]} and {_feature}");
        }
        return this;
    }

    /// <summary>A stylesheet of the theme that styles the current feature's HTML (e.g. <c>assets/css/blocks.css</c>).</summary>
    public FeatureRegistry Stylesheet(string themePath)
    {
        if (!_stylesheets.Contains(themePath)) _stylesheets.Add(themePath);
        return this;
    }

    /// <summary>
    /// CSS the current feature ships in its own folder (no theme file to add): the head of each page whose render calls
    /// <see cref="PageRenderContext.UseStyle"/> with the returned style gets it once.
    /// </summary>
    public FeatureStyle Style(string css)
    {
        var style = new FeatureStyle(_feature, css);
        _styles.Add(style);
        return style;
    }

    /// <summary>
    /// A registry that a folder above this one defines for its own kind of part, one per type, made on first use: e.g.
    /// <c>Part&lt;LiquidRegistry&gt;()</c> for Liquid tags and filters, which the theme's one Liquid environment is built from.
    /// </summary>
    public T Part<T>() where T : class, new()
    {
        if (!_parts.TryGetValue(typeof(T), out var part)) _parts[typeof(T)] = part = new T();
        return (T)part;
    }

    /// <summary>The immutable pipeline: one Markdig pipeline and the passes in stage order.</summary>
    public PagePipeline Freeze()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation();
        foreach (var (_, extension) in InStageOrder(_extensions, e => e.Stage)) builder.Extensions.Add(extension);
        return new PagePipeline(
            builder.Build(),
            _contentPreprocessors.ToArray(),
            InStageOrder(_documentProcessors, p => p.Stage).Select(p => p.Processor).ToArray(),
            InStageOrder(_htmlPasses, p => p.Stage).Select(p => p.Pass).ToArray(),
            _buildStarts.ToArray());
    }

    /// <summary>By stage, and by registration inside a stage (OrderBy is stable).</summary>
    private static IEnumerable<T> InStageOrder<T, TStage>(List<T> items, Func<T, TStage> stage) => items.OrderBy(stage);
}
