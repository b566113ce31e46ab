namespace StaticMath.Site.Content;

/// <summary>
/// One Markdown file of the site with its front matter read and its URL computed. Immutable once loaded, so pages
/// can be shared by the parallel page builds.
/// </summary>
public sealed class Page
{
    /// <summary>Path relative to the site root with '/' separators (<c>content/posts/x.md</c>); used in diagnostics.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Path relative to <c>content/</c> (<c>posts/x.md</c>).</summary>
    public required string ContentPath { get; init; }

    public required PageKind Kind { get; init; }

    public required string Title { get; init; }

    public PostDate? Date { get; init; }

    /// <summary>From <c>last_modified_at</c>, <c>lastmod</c> or <c>updated</c>.</summary>
    public PostDate? LastModified { get; init; }

    public string Description { get; init; } = "";

    public IReadOnlyList<string> Tags { get; init; } = [];

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Authors as maps with at least <c>name</c> (and <c>url</c>, <c>affiliations</c> when given).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Authors { get; init; } = [];

    /// <summary>The layout named in front matter, or null to use the default for the page kind.</summary>
    public string? Layout { get; init; }

    public bool Draft { get; init; }

    public required string Slug { get; init; }

    /// <summary>The raw <c>toc</c> value: <c>true</c>, or a list of <c>name</c>/<c>subsections</c> maps (Distill).</summary>
    public object? Toc { get; init; }

    /// <summary>Site-relative URL (<c>/posts/x/</c>), without the base path.</summary>
    public required string Url { get; init; }

    /// <summary>Output file relative to the output folder (<c>posts/x/index.html</c>).</summary>
    public required string OutputPath { get; init; }

    public IReadOnlyDictionary<string, object?> FrontMatter { get; init; } = Content.FrontMatter.NoValues;

    /// <summary>1-based file line of each top-level front matter key.</summary>
    public IReadOnlyDictionary<string, int> FrontMatterLines { get; init; } = new Dictionary<string, int>();

    public required string Body { get; init; }

    /// <summary>1-based file line of the body's first line.</summary>
    public int BodyLineOffset { get; init; } = 1;

    public bool IsPost => Kind == PageKind.Post;

    public int FrontMatterLine(string key) => FrontMatterLines.TryGetValue(key, out var line) ? line : 1;
}
