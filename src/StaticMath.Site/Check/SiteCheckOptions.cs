namespace StaticMath.Site.Check;

/// <summary>What <see cref="SiteChecker"/> verifies: a built output folder, served under <see cref="BasePath"/>.</summary>
public sealed class SiteCheckOptions
{
    /// <summary>The built site (e.g. <c>_site</c>).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>
    /// The URL path the output folder is served under (<c>/</c>, or <c>/blog/</c> for a project site); links that
    /// start with it are resolved inside <see cref="OutputDirectory"/>.
    /// </summary>
    public string BasePath { get; init; } = "/";

    /// <summary>
    /// The site's absolute URL (<c>https://example.org/blog</c>), when known: absolute links that start with it are
    /// internal (canonical URLs, feed links) and checked like relative ones. Nothing is ever fetched.
    /// </summary>
    public string? SiteUrl { get; init; }

    /// <summary>What an unsafe URL (<see cref="UnsafeUrls"/>) in the output is: the site's <c>security.unsafeUrls</c>.</summary>
    public Configuration.UnsafeUrlPolicy UnsafeUrls { get; init; } = Configuration.UnsafeUrlPolicy.Warn;

    /// <summary>At most this many HTML parse errors are reported per page (the rest are counted).</summary>
    public int MaxParseErrorsPerPage { get; init; } = 20;

    /// <summary>Worker count for parsing pages; 0 = number of processors.</summary>
    public int MaxParallelism { get; init; }
}
