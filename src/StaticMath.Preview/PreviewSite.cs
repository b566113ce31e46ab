using System.Diagnostics;
using StaticMath.Site.Build;
using StaticMath.Site.Configuration;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Output;

namespace StaticMath.Preview;

/// <summary>
/// The site as the preview server shows it: the latest build, held in memory, rebuilt incrementally through one
/// <see cref="SiteSession"/>. Requests read the current <see cref="Snapshot"/>, which a rebuild replaces in one step,
/// so a page is never served half-built.
/// </summary>
public sealed class PreviewSite
{
    private readonly SiteSession _session;
    private long _buildNumber;

    public PreviewSite(BuildOptions options)
    {
        _session = new SiteSession(options);
        SiteDirectory = Path.GetFullPath(options.SourceDirectory);
    }

    public string SiteDirectory { get; }

    public PreviewSnapshot? Snapshot { get; private set; }

    /// <summary>The site's base path as requests are matched against it: <c>/</c> or <c>/notes/</c>.</summary>
    public string BasePath()
    {
        var config = SiteConfigLoader.LoadFromDirectory(SiteDirectory, SiteFeatures.Sections, new DiagnosticBag());
        if (_session.Options.BaseUrl is not null) config.BaseUrl = _session.Options.BaseUrl;
        return config.BasePath.TrimEnd('/') + "/";
    }

    /// <summary>Builds the site again; returns the new snapshot. Never throws for bad content (it becomes diagnostics).</summary>
    /// <param name="changed">What changed since the last rebuild, as the watcher saw it; null looks at every file.</param>
    public PreviewSnapshot Rebuild(ChangedFiles? changed = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var output = new MemoryOutput();
        BuildResult result;
        try
        {
            result = _session.Build(output, commit: null, outputDirectory: "(memory)", progress: null, changed, cancellationToken);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            // The server must survive anything a build does; show it like any other build error.
            result = new BuildResult
            {
                Succeeded = false, OutputWritten = false, OutputDirectory = "(memory)", PagesWritten = 0, FilesCopied = 0,
                Diagnostics = [Diagnostic.Error(DiagnosticCodes.InternalError, ".", 0, 0, $"internal error while building: {e.GetType().Name}: {e.Message}")],
                Elapsed = clock.Elapsed,
            };
        }
        var snapshot = new PreviewSnapshot(Interlocked.Increment(ref _buildNumber), output, result, BasePath(),
            _session.LastBodiesRendered, _session.LastPagesLaidOut, clock.Elapsed);
        Snapshot = snapshot;
        return snapshot;
    }
}

/// <summary>One finished preview build.</summary>
public sealed record PreviewSnapshot(long Number, MemoryOutput Output, BuildResult Result, string BasePath,
    int BodiesRendered, int PagesLaidOut, TimeSpan Elapsed)
{
    public bool HasErrors => Result.ErrorCount > 0;
}
