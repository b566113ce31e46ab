namespace StaticMath.Site.Core;

/// <summary>What one <c>staticmath build</c> is asked to do.</summary>
public sealed class BuildOptions
{
    /// <summary>The site folder (holding <c>staticmath.yml</c>, <c>content/</c>, <c>static/</c>, <c>themes/</c>).</summary>
    public required string SourceDirectory { get; init; }

    /// <summary>Output folder; default <c>_site</c> inside the source folder.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Replace the output folder even when it holds files staticmath did not write (<c>--force</c>).</summary>
    public bool ReplaceOutput { get; init; }

    public bool IncludeDrafts { get; init; }

    public bool IncludeFuture { get; init; }

    /// <summary>Overrides <c>baseUrl</c> from the configuration (e.g. for a preview deployment).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Warnings fail the build (and keep the previous output).</summary>
    public bool Strict { get; init; }

    /// <summary>
    /// The build is for publishing (<c>staticmath build</c>, <c>check</c>): warn (SM1503) when no base URL is set, as
    /// the sitemap, feed ids and <c>og:url</c> are then relative. The preview server leaves it off.
    /// </summary>
    public bool ForPublishing { get; init; }

    /// <summary>Typeset every equation, neither reading nor writing the math cache (<c>.staticmath/math-cache.db</c>).</summary>
    public bool NoCache { get; init; }

    /// <summary>The program running the build (version, CLI commands) for the <c>staticmath</c> Liquid object.</summary>
    public ToolInfo? Tool { get; init; }

    /// <summary>Worker count for page builds; 0 = number of processors.</summary>
    public int MaxParallelism { get; init; }

    /// <summary>Characters of SVG one page's math may produce (<see cref="OutputBudget.MaxPageMathChars"/>); smaller in tests.</summary>
    public int MaxPageMathChars { get; init; } = OutputBudget.MaxPageMathChars;

    /// <summary>"Now" for the future-post check; injectable for tests.</summary>
    public DateTimeOffset? Now { get; init; }

    public string ResolvedOutputDirectory =>
        Path.GetFullPath(OutputDirectory ?? Path.Combine(SourceDirectory, "_site"));
}
