using Markdig.Syntax;
using StaticMath.Site.Bibliography;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.PandocCitations;

/// <summary>
/// The citations of one page, resolved against its bibliography before anything renders: which entries are cited
/// (the reference list), and each one's year label — works with the same names and year get "2020a", "2020b" in
/// reference-list order, as citeproc does. Used by the page's thread only.
/// </summary>
public sealed class PageCitations
{
    private readonly Dictionary<string, string> _yearLabels = new(StringComparer.OrdinalIgnoreCase);

    private PageCitations(PageBibliography bibliography, PageRenderContext? page, IReadOnlyList<BibEntry> cited)
    {
        Bibliography = bibliography;
        Page = page;
        Cited = cited;
        foreach (var group in cited.GroupBy(e => (AuthorDateStyle.CitationNames(e), AuthorDateStyle.Year(e))))
        {
            var entries = group.ToList();
            for (var i = 0; i < entries.Count; i++)
            {
                _yearLabels[entries[i].Key] = entries.Count == 1 ? group.Key.Item2 : group.Key.Item2 + Letter(i);
            }
        }
    }

    public PageBibliography Bibliography { get; }

    /// <summary>The page being built; null when Markdown is rendered outside a site build.</summary>
    public PageRenderContext? Page { get; }

    /// <summary>The cited entries in reference-list order (names, year, title).</summary>
    public IReadOnlyList<BibEntry> Cited { get; }

    /// <summary>The per-document state, created on first use from every citation of the document.</summary>
    public static PageCitations For(MarkdownDocument document)
    {
        if (document.GetData(typeof(PageCitations)) is PageCitations known)
        {
            return known;
        }

        var page = document.GetData(typeof(PageRenderContext)) as PageRenderContext;
        var bibliography = page is null ? PageBibliography.None : CitationBibliography.Load(page, scholarDefaults: false, citationsShow: "?key");
        var cited = new Dictionary<string, BibEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var citation in document.Descendants<CitationInline>())
        {
            foreach (var item in citation.Items)
            {
                if (bibliography.TryGet(item.Key, out var entry))
                {
                    cited.TryAdd(entry.Key, entry);
                }
            }
        }

        var ordered = cited.Values.OrderBy(AuthorDateStyle.SortKey, StringComparer.Ordinal).ToList();
        var created = new PageCitations(bibliography, page, ordered);
        document.SetData(typeof(PageCitations), created);
        return created;
    }

    public string YearLabel(BibEntry entry) => _yearLabels.TryGetValue(entry.Key, out var label) ? label : AuthorDateStyle.Year(entry);

    /// <summary>HTML id of an entry in the reference list (pandoc's <c>ref-KEY</c>).</summary>
    public static string AnchorId(string key) => "ref-" + key;

    private static string Letter(int index) =>
        index < 26 ? ((char)('a' + index)).ToString() : Letter(index / 26 - 1) + Letter(index % 26);
}
