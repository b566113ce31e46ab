using StaticMath.Site.Build;
using StaticMath.Site.Configuration;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;

namespace StaticMath.Site.Check;

/// <summary>What <c>staticmath check</c> is asked to do.</summary>
public sealed class SiteCheckRunOptions
{
    /// <summary>The site folder (its <c>staticmath.yml</c> gives the base path and absolute URL).</summary>
    public required string SourceDirectory { get; init; }

    /// <summary>An already built output folder to check as it is; when null the site is built into a temporary folder first.</summary>
    public string? ExistingOutputDirectory { get; init; }

    /// <summary>
    /// Overrides <c>baseUrl</c> from the configuration, as <c>staticmath build --base-url</c> does: pass the same value
    /// to check an output built for a sub-path (<c>https://user.github.io/notes/</c>).
    /// </summary>
    public string? BaseUrl { get; init; }

    /// <summary>Build warnings fail the check (as <c>staticmath build --strict</c>).</summary>
    public bool Strict { get; init; }

    /// <summary>Values for the <c>staticmath</c> Liquid object when the site is built (the CLI passes its command tree).</summary>
    public Core.ToolInfo? Tool { get; init; }
}

/// <summary>The build (when one was run) and the check of its output.</summary>
public sealed record SiteCheckRunResult(BuildResult? Build, CheckReport Report)
{
    /// <summary>
    /// Configuration warnings when no build was run (an existing output folder was checked; a build reports its own):
    /// the missing base URL (SM1503).
    /// </summary>
    public IReadOnlyList<Diagnostic> ConfigWarnings { get; init; } = [];

    /// <summary>Whether configuration warnings fail the check (<c>--strict</c>).</summary>
    public bool Strict { get; init; }

    /// <summary>Problems found by the check, plus build errors (warnings are shown but fail the check only under --strict).</summary>
    public bool HasProblems => Report.HasProblems || Build is { ErrorCount: > 0 } || Build is { Succeeded: false } || Strict && ConfigWarnings.Count > 0;
}

/// <summary>
/// <c>staticmath check</c>: builds the site into a temporary folder (or takes an existing output folder) and verifies
/// it with <see cref="SiteChecker"/>, resolving links with the site's configured base path and URL.
/// </summary>
public static class SiteCheckRunner
{
    public static SiteCheckRunResult Run(SiteCheckRunOptions options)
    {
        var siteDirectory = Path.GetFullPath(options.SourceDirectory);
        var config = SiteRoot.IsSite(siteDirectory)
            ? SiteConfigLoader.LoadFromDirectory(siteDirectory, SiteFeatures.Sections, new DiagnosticBag())
            : new SiteConfig();
        if (options.BaseUrl is not null) config.BaseUrl = options.BaseUrl;

        if (options.ExistingOutputDirectory is { } existing)
        {
            return new SiteCheckRunResult(null, SiteChecker.Check(CheckOptions(Path.GetFullPath(existing), config)))
            {
                ConfigWarnings = BaseUrlCheck.Warning(config) is { } warning ? [warning] : [],
                Strict = options.Strict,
            };
        }

        var temporary = Path.Combine(Path.GetTempPath(), "staticmath-check-" + Guid.NewGuid().ToString("N"));
        try
        {
            var build = SiteBuilder.Build(new BuildOptions
            {
                SourceDirectory = siteDirectory,
                OutputDirectory = temporary,
                BaseUrl = options.BaseUrl,
                Strict = options.Strict,
                Tool = options.Tool,
                ForPublishing = true,
            });
            var report = build.OutputWritten
                ? SiteChecker.Check(CheckOptions(temporary, config))
                : new CheckReport([], 0, 0, 0, 0, 0);
            return new SiteCheckRunResult(build, report);
        }
        finally
        {
            try
            {
                if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
                File.Delete(Output.OutputLock.PathFor(temporary));
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; the check result stands.
            }
        }
    }

    private static SiteCheckOptions CheckOptions(string output, SiteConfig config) => new()
    {
        OutputDirectory = output,
        BasePath = config.BasePath,
        SiteUrl = string.IsNullOrWhiteSpace(config.BaseUrl) ? null : config.BaseUrl,
        UnsafeUrls = config.Security.UnsafeUrlPolicy,
    };
}
