using System.Collections.Concurrent;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Pipeline;

/// <summary>
/// The state of one page while it goes through the pipeline. Created per page, used by one thread at a time.
/// Extensions keep their per-page state with <see cref="GetOrAddFeature{T}"/> (math session, counters, labels...).
/// </summary>
public sealed class PageRenderContext
{
    private readonly ConcurrentDictionary<Type, object> _features = new();

    public PageRenderContext(Page page, SiteBuildContext build)
    {
        Page = page;
        Build = build;
        Diagnostics = new DiagnosticBag(build.Diagnostics);
    }

    /// <summary>Path of the source file relative to the site root, as printed in diagnostics.</summary>
    public string SourcePath => Page.SourcePath;

    /// <summary>1-based file line of the body's first line (add it to a 0-based body line to get the file line).</summary>
    public int BodyLineOffset => Page.BodyLineOffset;

    /// <summary>This page's problems: reported to the build's bag and kept with the page's render for incremental rebuilds.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>Files other than the page's source that the render read or looked for (includes, bibliographies,
    /// images), found or absent: a change to any of them, or one appearing, makes an incremental rebuild render the
    /// page again. "Looked for and not found" is a dependency on that path, so every lookup has a path to record.</summary>
    public IReadOnlyCollection<string> FileDependencies => (IReadOnlyCollection<string>)_files.Keys;

    /// <summary>True when the render resolved links to other pages, so it depends on every page's URL.</summary>
    public bool UsesPageIndex => _usesPageIndex;

    public void AddFileDependency(string fullPath) => _files.TryAdd(Path.GetFullPath(fullPath), 0);

    public void MarkUsesPageIndex() => _usesPageIndex = true;

    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);
    private volatile bool _usesPageIndex;

    public SiteConfig Site => Build.Config;

    public Page Page { get; }

    /// <summary>Build-wide state: options, folders, theme, all pages, shared services, counters.</summary>
    public SiteBuildContext Build { get; }

    /// <summary>Extra tags for this page's &lt;head&gt; (e.g. per-page styles).</summary>
    public IList<string> HeadHtml { get; } = new List<string>();

    /// <summary>Puts a feature's own CSS (<see cref="FeatureRegistry.Style"/>) into this page's head, once however often it is asked.</summary>
    public void UseStyle(FeatureStyle style)
    {
        if (!HeadHtml.Contains(style.HeadHtml)) HeadHtml.Add(style.HeadHtml);
    }

    /// <summary>HTML appended at the end of &lt;body&gt; (e.g. the page's shared SVG glyph definitions).</summary>
    public IList<string> BodyEndHtml { get; } = new List<string>();

    /// <summary>Extra fields for the layout's <c>page</c> object (e.g. <c>page.references</c>), set by pipeline stages.</summary>
    public IDictionary<string, object?> PageValues { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    public T GetOrAddFeature<T>(Func<T> create) where T : class => (T)_features.GetOrAdd(typeof(T), _ => create());

    /// <summary>The page's state of a feature, or null when no stage created it.</summary>
    public T? FindFeature<T>() where T : class => _features.TryGetValue(typeof(T), out var feature) ? (T)feature : null;

    /// <summary>File line for a 0-based line of the body (Markdig's <c>Line</c>).</summary>
    public int FileLine(int bodyLine) => bodyLine + BodyLineOffset;

    /// <summary>Reports an error at a 0-based body line and 0-based column (Markdig coordinates).</summary>
    public void ErrorAtBody(string code, int bodyLine, int bodyColumn, string message) =>
        Diagnostics.Error(code, SourcePath, FileLine(bodyLine), bodyColumn + 1, message);

    /// <summary>Reports a warning at a 0-based body line and 0-based column (Markdig coordinates).</summary>
    public void WarningAtBody(string code, int bodyLine, int bodyColumn, string message) =>
        Diagnostics.Warning(code, SourcePath, FileLine(bodyLine), bodyColumn + 1, message);
}
