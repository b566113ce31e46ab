using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Output;

namespace StaticMath.Site.Build;

/// <summary>
/// Builds a site, and builds it again cheaply: loaded pages, rendered page bodies and laid-out pages are kept between
/// builds with what each depended on (its source file, the includes, bibliographies and images it read or looked for,
/// the page URL table when it linked to other pages, the layouts, the site-wide page list; see <see cref="KeptOutputs"/>).
/// A rebuild re-renders only what changed: one edited post is rendered again and the generated lists (home, tags, feed,
/// sitemap) are rewritten when what they show changed; a layout edit lays out every page again from the kept bodies; a
/// configuration change starts from scratch. Given the paths a watcher saw change (<see cref="ChangedFiles"/>), a
/// rebuild looks only at the files they may affect. One build at a time per session (builds are serialised); pages
/// inside a build are rendered in parallel (see <see cref="BuildRun"/> for the phases).
/// </summary>
public sealed class SiteSession(BuildOptions options, bool keepBetweenBuilds = true)
{
    private readonly object _gate = new();
    private readonly KeptOutputs _kept = new(options, keepBetweenBuilds);
    private string? _configKey;
    private (IReadOnlyList<string> Folders, string Key)? _layoutsKey;
    // Set while a build runs and kept when it did not finish: the changes it was given were then not all looked at.
    private bool _changesMissed;

    public BuildOptions Options { get; } = options;

    /// <summary>Page bodies rendered (not taken from the previous build) by the last build; for tests and benchmarks.</summary>
    public int LastBodiesRendered { get; private set; }

    /// <summary>Registrations of every feature (Markdig pipeline, passes, Liquid tags) made so far: one per configuration, kept across rebuilds.</summary>
    public int PipelinesCreated => _kept.PipelinesCreated;

    /// <summary>Liquid environments (parser, filters, parsed layouts) made so far: one per configuration and theme, kept across rebuilds.</summary>
    public int TemplatesCreated => _kept.TemplatesCreated;

    /// <summary>Pages laid out (not taken from the previous build) by the last build.</summary>
    public int LastPagesLaidOut { get; private set; }

    /// <summary>
    /// Generated outputs (list pages, feeds and feed entries, sitemap, search index, social cards) made, not taken from
    /// the previous build, by the last build.
    /// </summary>
    public int LastGeneratedMade { get; private set; }

    /// <summary>Files whose stamps the last build compared to tell whether they changed (see <see cref="ChangedFiles"/>).</summary>
    public int LastFilesLookedAt { get; private set; }

    /// <summary>
    /// Builds the site into <paramref name="output"/>. When the build has no errors (and no warnings under
    /// <c>--strict</c>), <paramref name="commit"/> publishes it (e.g. swaps a temporary folder in).
    /// </summary>
    /// <param name="changed">What changed since the last build, when a watcher knows; null looks at every file.</param>
    public BuildResult Build(ISiteOutput output, Action? commit, string outputDirectory,
        IProgress<BuildProgress>? progress = null, ChangedFiles? changed = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var checks = new FileChecks(_changesMissed ? ChangedFiles.Unknown : changed ?? ChangedFiles.Unknown);
            _changesMissed = true;
            var run = new BuildRun(Options, _kept, output, progress, checks, cancellationToken);
            ForgetAllIfTheConfigurationChanged(run.SiteDirectory, checks.Changes);
            var result = run.Run(commit, outputDirectory, theme => LayoutsKey(theme, checks.Changes));
            _changesMissed = result.Cancelled;
            LastBodiesRendered = run.BodiesRendered;
            LastPagesLaidOut = run.PagesLaidOut;
            LastGeneratedMade = run.GeneratedMade;
            LastFilesLookedAt = checks.FilesLookedAt;
            return result;
        }
    }

    /// <summary>Everything depends on the configuration: when it changed, nothing kept is valid.</summary>
    private void ForgetAllIfTheConfigurationChanged(string siteDirectory, ChangedFiles changes)
    {
        var configKey = ConfigKey(siteDirectory, changes);
        if (configKey == _configKey) return;
        _kept.Clear();
        _layoutsKey = null;
        _configKey = configKey;
    }

    /// <summary>The configuration files' stamps with their contents' hashes: read again only when they may have changed.</summary>
    private string ConfigKey(string siteDirectory, ChangedFiles changes)
    {
        var files = SiteRoot.ConfigFileNames.Select(n => Path.Combine(siteDirectory, n)).ToList();
        if (_configKey is not null && !files.Any(changes.MayAffect)) return _configKey;
        return string.Join("|", files.Select(FileStamp.WithContentOf));
    }

    /// <summary>The layouts' fingerprint (every layout file hashed): made again only when a theme folder may have changed.</summary>
    private string LayoutsKey(ThemeFiles theme, ChangedFiles changes)
    {
        var folders = theme.Folders.ToList();
        if (_layoutsKey is { } kept && kept.Folders.SequenceEqual(folders, StringComparer.Ordinal) && !folders.Any(changes.MayAffect))
            return kept.Key;
        var key = SiteFingerprint.OfLayouts(theme);
        _layoutsKey = (folders, key);
        return key;
    }
}
