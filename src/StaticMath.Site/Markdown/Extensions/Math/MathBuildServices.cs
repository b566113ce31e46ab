using StaticMath.Math;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// What all pages of one build share for math: the engine, the site's macros and options, the on-disk cache and the
/// equation counters for the build summary. Created once per build (<see cref="For"/>); thread-safe.
/// </summary>
public sealed class MathBuildServices
{
    public const string EquationsCounter = "equations";
    public const string TypesetCounter = "equations typeset";
    public const string FromCacheCounter = "equations from cache";

    private readonly Lazy<MathRenderer> _renderer;

    /// <param name="renderer">Called once, on first use: loading the engine's font should not cost pages without math.</param>
    public MathBuildServices(Func<MathRenderer> renderer, IReadOnlyDictionary<string, MacroDefinition> macros, MathNumbering numbering,
        GlyphMode glyphMode, MathCache? cache, BuildCounters counters)
    {
        _renderer = new Lazy<MathRenderer>(renderer, LazyThreadSafetyMode.ExecutionAndPublication);
        Macros = macros;
        Numbering = numbering;
        GlyphMode = glyphMode;
        Cache = cache;
        Counters = counters;
    }

    public MathRenderer Renderer => _renderer.Value;

    public IReadOnlyDictionary<string, MacroDefinition> Macros { get; }

    /// <summary>The site's default; a page's front matter (<c>math: {numbering: ams}</c>) may override it.</summary>
    public MathNumbering Numbering { get; }

    public GlyphMode GlyphMode { get; }

    /// <summary>Null with <c>--no-cache</c>.</summary>
    public MathCache? Cache { get; }

    public BuildCounters Counters { get; }

    /// <summary>
    /// Problems with the site's math settings (and a <c>.staticmath</c> leading out of the site): every page that
    /// typesets math reports them as its own, so an incremental rebuild that reuses the page shows them again.
    /// </summary>
    public IReadOnlyList<Diagnostic> Problems { get; private init; } = [];

    public static MathBuildServices For(SiteBuildContext build) => build.GetOrAddService(() => Create(build));

    /// <summary>For rendering outside a site build (no cache, self-contained SVGs, only <c>\tag</c> numbers).</summary>
    public static MathBuildServices Standalone(Func<MathRenderer> renderer) =>
        new(renderer, new Dictionary<string, MacroDefinition>(), MathNumbering.None, GlyphMode.Inline, null, new BuildCounters());

    private static MathBuildServices Create(SiteBuildContext build)
    {
        var config = build.Config.Section<MathConfig>();
        var problems = new List<Diagnostic>();
        void Warn(string key, string message)
        {
            var (line, column) = build.Config.Locations.Of(key);
            problems.Add(Diagnostic.Warning(DiagnosticCodes.MathSetting, build.Config.Locations.File, line, column, message));
        }
        if (!MathConfig.TryParseNumbering(config.Numbering, out var numbering))
            Warn("math.numbering", $"math.numbering: unknown value '{config.Numbering}' (expected none, ams or all); using none");
        if (!MathConfig.TryParseGlyphMode(config.Glyphs, out var glyphMode))
            Warn("math.glyphs", $"math.glyphs: unknown value '{config.Glyphs}' (expected shared or inline); using shared");
        if (!MathConfig.TryParseEscapes(config.Escapes, out _))
            Warn("math.escapes", $"math.escapes: unknown value '{config.Escapes}' (expected markdown or tex); using markdown");
        var macros = config.MacroDefinitions(problem => Warn("math.macros", problem));
        if (!MathConfig.TryParseCacheSize(config.CacheSize, out var cacheSize))
            Warn("math.cacheSize", $"math.cacheSize: '{config.CacheSize}' is not a size (expected e.g. 256MB or 1GB); using 256MB");

        var cache = build.Options.NoCache || !CacheStaysInsideSite(build, problems) ? null : OpenCache(build, cacheSize);

        return new MathBuildServices(() => MathRenderer.Default, macros, numbering, glyphMode, cache, build.Counters) { Problems = problems };
    }

    /// <summary>
    /// The site's math cache, opened once and kept open while a session's configuration is the same (serve), each build
    /// reporting its own problems; what a build typeset is saved after it, and only when there is something to save.
    /// </summary>
    private static MathCache OpenCache(SiteBuildContext build, long cacheSize)
    {
        var cache = build.Kept.GetOrAdd(() => new MathCache(MathCache.StorePathFor(build.SiteDirectory), cacheSize, _ => { }));
        cache.StartBuild(problem => build.Diagnostics.Warning(DiagnosticCodes.MathCacheDamaged, MathCache.StoreDisplayPath, 0, 0, problem), build.Phases);
        build.AfterBuild(() =>
        {
            cache.WaitForPreparedReads();
            // A one-shot build always saves: the store records each build's hit rate (staticmath cache info).
            if (build.KeepsServices && !cache.HasUnsaved) return false;
            cache.Save();
            return true;
        });
        return cache;
    }

    /// <summary>A <c>.staticmath</c> that is a symbolic link out of the site would make the cache write there: not used.</summary>
    private static bool CacheStaysInsideSite(SiteBuildContext build, List<Diagnostic> problems)
    {
        var folder = Path.Combine(build.SiteDirectory, ".staticmath");
        if (SiteBoundary.Escape(folder, build.SiteDirectory) is not { } leadsTo) return true;
        problems.Add(Diagnostic.Warning(DiagnosticCodes.OutsideSite, ".staticmath", 0, 0,
            $".staticmath is a symbolic link leading outside the site (to {leadsTo}); the math cache is not read or written (make it a folder)"));
        return false;
    }
}
