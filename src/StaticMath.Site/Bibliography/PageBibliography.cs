using System.Collections;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Bibliography;

/// <summary>
/// The one bibliography loader of a page, for every citation syntax (pandoc's <c>[@key]</c>, Distill's
/// <c>&lt;d-cite&gt;</c>, jekyll-scholar's <c>{% cite %}</c>): the files its front matter names
/// (<c>bibliography: refs.bib</c> or a list), found by <see cref="BibliographyLocator"/> (next to the post, then the
/// site's bibliography folders, then under <c>content/</c>), or else jekyll-scholar's default <c>references.bib</c> /
/// <c>papers.bib</c>; each file parsed once per build (<see cref="BibliographyCache"/>). A key is looked up in the
/// files in the order given.
/// </summary>
public sealed class PageBibliography
{
    private static readonly string[] ScholarDefaults = ["references.bib", "papers.bib"];

    private readonly IReadOnlyList<BibDatabase> _databases;

    private PageBibliography(IReadOnlyList<BibDatabase> databases, bool named, IReadOnlyList<string> missing)
    {
        _databases = databases;
        IsNamed = named;
        Missing = missing;
    }

    /// <summary>True when the front matter names a bibliography (even one that could not be found).</summary>
    public bool IsNamed { get; }

    /// <summary>True when there is at least one file to look keys up in.</summary>
    public bool IsFound => _databases.Count > 0;

    /// <summary>Named files that were not found (each worth a warning at the front matter's <c>bibliography</c> key).</summary>
    public IReadOnlyList<string> Missing { get; }

    /// <summary>No bibliography (Markdown rendered outside a site build).</summary>
    public static readonly PageBibliography None = new([], named: false, []);

    public bool TryGet(string key, out BibEntry entry)
    {
        foreach (var database in _databases)
        {
            if (database.TryGet(key, out entry)) return true;
        }
        entry = null!;
        return false;
    }

    /// <summary>The file names the front matter's <c>bibliography</c> gives (a string or a list of strings).</summary>
    public static IReadOnlyList<string> Names(IReadOnlyDictionary<string, object?> frontMatter)
    {
        if (!frontMatter.TryGetValue("bibliography", out var value)) return [];
        IEnumerable<object?> values = value switch
        {
            string single => [single],
            IEnumerable list => list.Cast<object?>(),
            _ => [],
        };
        return values.OfType<string>().Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
    }

    /// <summary>
    /// Loads the page's bibliography; <paramref name="lookedAt"/> gets each file looked at, found or absent (a
    /// dependency of the page: one appearing changes what it reads), and <paramref name="reportTo"/> the files' problems.
    /// </summary>
    /// <param name="postDirectory">The folder of the page's source file.</param>
    /// <param name="scholarDefaults">When nothing is named, look for jekyll-scholar's default files.</param>
    public static PageBibliography Load(IReadOnlyDictionary<string, object?> frontMatter, string postDirectory, string siteDirectory,
        BibliographyCache cache, Action<string> lookedAt, DiagnosticBag reportTo, bool scholarDefaults)
    {
        var names = Names(frontMatter);
        var databases = new List<BibDatabase>();
        var missing = new List<string>();
        foreach (var name in names)
        {
            var path = BibliographyLocator.Resolve(name, postDirectory, siteDirectory, lookedAt)
                       ?? BibliographyLocator.Resolve(name, postDirectory, Path.Combine(siteDirectory, "content"), lookedAt);
            if (path is null)
            {
                missing.Add(name);
                continue;
            }
            databases.Add(cache.Load(path, reportTo));
        }
        if (names.Count == 0 && scholarDefaults && ScholarDefaults.Select(f => BibliographyLocator.Resolve(f, postDirectory, siteDirectory, lookedAt)).FirstOrDefault(p => p is not null) is { } fallback)
            databases.Add(cache.Load(fallback, reportTo));
        return new PageBibliography(databases, names.Count > 0, missing);
    }

    /// <summary>The missing-file message, ending with what the page's citations show instead (<c>[?]</c>, <c>?key</c>).</summary>
    public static string MissingMessage(string name, string citationsShow) =>
        $"bibliography '{name}' not found (looked next to the post and in {string.Join(", ", BibliographyLocator.SiteFolders.Select(f => f + "/"))}); citations show {citationsShow}";
}
