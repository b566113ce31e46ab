using StaticMath.Site.Diagnostics;
using System.Collections;
using StaticMath.Site.Bibliography;
using StaticMath.Site.Distill;
using StaticMath.Site.Liquid;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.PandocCitations;

/// <summary>
/// The .bib files a Quarto/pandoc page names in its front matter — <c>bibliography: refs.bib</c> or a list — found like
/// the Distill ones (next to the post, then the site's bibliography folders) and parsed once per build
/// (<see cref="BibliographyCache"/>). A key is looked up in the files in the order given.
/// </summary>
public sealed class PageBibliography
{
    private readonly IReadOnlyList<BibDatabase> _databases;

    private PageBibliography(IReadOnlyList<BibDatabase> databases, bool named)
    {
        _databases = databases;
        IsPresent = named;
    }

    public static readonly PageBibliography None = new([], named: false);

    /// <summary>True when the page names a bibliography (even one that could not be found).</summary>
    public bool IsPresent { get; }

    public bool TryGet(string key, out BibEntry entry)
    {
        foreach (var database in _databases)
        {
            if (database.TryGet(key, out entry))
            {
                return true;
            }
        }

        entry = null!;
        return false;
    }

    public static bool IsNamed(IReadOnlyDictionary<string, object?> frontMatter) => FileNames(frontMatter).Count > 0;

    /// <summary>Loads the page's files; a missing one is an SM1302 warning at the front matter key.</summary>
    public static PageBibliography Load(PageRenderContext ctx)
    {
        var names = FileNames(ctx.Page.FrontMatter);
        if (names.Count == 0)
        {
            return None;
        }

        var build = ctx.Build;
        var postDirectory = Path.GetDirectoryName(Path.Combine(build.SiteDirectory, ctx.SourcePath)) ?? build.SiteDirectory;
        var cache = build.GetOrAddService(() => new BibliographyCache(build.SiteDirectory));
        var databases = new List<BibDatabase>();
        foreach (var name in names)
        {
            var path = BibliographyLocator.Resolve(name, postDirectory, build.SiteDirectory, ctx.AddFileDependency)
                       ?? BibliographyLocator.Resolve(name, postDirectory, Path.Combine(build.SiteDirectory, "content"), ctx.AddFileDependency);
            if (path is null)
            {
                ctx.Diagnostics.Warning(DiagnosticCodes.MissingBibliography, ctx.SourcePath, ctx.Page.FrontMatterLine("bibliography"), 1,
                    $"bibliography '{name}' not found (looked next to the post and in {string.Join(", ", BibliographyLocator.SiteFolders.Select(f => f + "/"))}); citations show ?key");
                continue;
            }

            databases.Add(cache.Load(path, ctx.Diagnostics));
        }

        return new PageBibliography(databases, named: true);
    }

    private static List<string> FileNames(IReadOnlyDictionary<string, object?> frontMatter)
    {
        if (!frontMatter.TryGetValue("bibliography", out var value))
        {
            return [];
        }

        IEnumerable<object?> values = value switch
        {
            string single => [single],
            IEnumerable list => list.Cast<object?>(),
            _ => [],
        };
        return values.OfType<string>().Select(n => n.Trim()).Where(n => n.Length > 0).ToList();
    }
}
