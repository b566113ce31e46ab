using System.Collections.Concurrent;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Themes;

namespace StaticMath.Site.Pipeline;

/// <summary>
/// Everything that is shared by all pages of one build: configuration, folders, theme, the loaded pages and
/// build-wide services (created lazily and thread-safely with <see cref="GetOrAddService{T}"/>, e.g. a math cache).
/// </summary>
public sealed class SiteBuildContext
{
    private readonly ConcurrentDictionary<Type, Lazy<object>> _services = new();

    /// <param name="kept">The session's services kept across builds (serve); null gives the build its own, done with at its end.</param>
    public SiteBuildContext(SiteConfig config, BuildOptions options, DiagnosticBag diagnostics, ThemeFiles theme, KeptServices? kept = null)
    {
        _ownsKept = kept is null;
        Kept = kept ?? new KeptServices();
        Config = config;
        Options = options;
        Diagnostics = diagnostics;
        Theme = theme;
        SiteDirectory = Path.GetFullPath(options.SourceDirectory);
    }

    public SiteConfig Config { get; }

    public BuildOptions Options { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The theme's files (site overrides, then the chosen theme, then the embedded default).</summary>
    public ThemeFiles Theme { get; }

    /// <summary>Absolute path of the site folder.</summary>
    public string SiteDirectory { get; }

    public BuildCounters Counters { get; } = new();

    /// <summary>Services kept across the builds of a session while the configuration is the same (e.g. the open math cache).</summary>
    public KeptServices Kept { get; }

    /// <summary>True when <see cref="Kept"/> belongs to a session and outlives this build (serve).</summary>
    public bool KeepsServices => !_ownsKept;

    /// <summary>Time spent per phase and per page stage (<c>--verbose</c>).</summary>
    public BuildPhases Phases { get; } = new();

    /// <summary>
    /// True when no page's file can be kept from the last build (no output folder, no records of it, <c>--no-cache</c>):
    /// every page is made. False when pages may be kept (or a session keeps them itself). Set before the features'
    /// build starts (<see cref="FeatureRegistry.AtBuildStart"/>).
    /// </summary>
    public bool EveryPageIsMade { get; internal set; }

    /// <summary>All pages that will be built (posts newest first, then pages by path); set after loading.</summary>
    public IReadOnlyList<Page> Pages { get; internal set; } = [];

    /// <summary>Output paths of the files copied as-is from <c>content/</c> and <c>static/</c>; set after loading.</summary>
    public IReadOnlySet<string> CopiedFiles { get; internal set; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The page loaded from <c>content/&lt;contentPath&gt;</c>, or null (e.g. to turn <c>[x](other.md)</c> into a URL).</summary>
    public Page? PageAt(string contentPath)
    {
        var index = _pagesByContentPath;
        if (index is null || !ReferenceEquals(_indexedPages, Pages))
        {
            index = Pages.ToDictionary(p => p.ContentPath, StringComparer.Ordinal);
            _indexedPages = Pages;
            _pagesByContentPath = index;
        }
        return index.GetValueOrDefault(contentPath);
    }

    /// <summary>True when <paramref name="outputPath"/> is a file copied from <c>content/</c> or <c>static/</c>.</summary>
    public bool IsCopiedFile(string outputPath) => CopiedFiles.Contains(outputPath);

    private volatile Dictionary<string, Page>? _pagesByContentPath;
    private volatile IReadOnlyList<Page>? _indexedPages;

    /// <summary>Registers work for the end of the build, after every page (e.g. the math cache saving what was typeset).</summary>
    public void AtEnd(Action finish) => _atEnd.Enqueue(finish);

    /// <summary>
    /// Registers work that may wait until the build's result is shown (saving a cache; returns true when it had
    /// something to do): a session does it after the build (serve: after the reload), a one-shot build at its end.
    /// </summary>
    public void AfterBuild(Func<bool> work)
    {
        if (_ownsKept) AtEnd(() => work());
        else Kept.Defer(work);
    }

    /// <summary>Runs the work registered with <see cref="AtEnd"/>, once, before the build's diagnostics are final.</summary>
    public void End()
    {
        while (_atEnd.TryDequeue(out var finish)) finish();
        if (_ownsKept) Kept.Dispose();
    }

    private readonly ConcurrentQueue<Action> _atEnd = new();
    private readonly bool _ownsKept;

    public T GetOrAddService<T>(Func<T> create) where T : class =>
        (T)_services.GetOrAdd(typeof(T), _ => new Lazy<object>(() => create(), LazyThreadSafetyMode.ExecutionAndPublication)).Value;
}
