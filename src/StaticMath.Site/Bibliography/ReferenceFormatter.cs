using System.Net;
using System.Text;

namespace StaticMath.Site.Bibliography;

/// <summary>
/// Formats an entry as one consistent reference: <c>Authors. Title. Venue details, Year. DOI · URL</c>, where the
/// venue depends on the entry type. Output is HTML (escaped text, links for DOI/URL/arXiv).
/// </summary>
public static class ReferenceFormatter
{
    public static string ToHtml(BibEntry entry)
    {
        // Each part remembers its last plain-text character so we never print "?." or "..".
        var parts = new List<(string Html, char LastChar)>();
        var authors = FormatNames(entry.Authors.Count > 0 ? entry.Authors : entry.Editors);
        if (authors.Length > 0)
        {
            var role = entry.Authors.Count == 0 ? (entry.Editors.Count > 1 ? ", editors" : ", editor") : "";
            parts.Add(($"<span class=\"ref-authors\">{Encode(authors + role)}</span>", (authors + role)[^1]));
        }
        var title = entry.GetText("title");
        if (title is not null)
            parts.Add(($"<span class=\"ref-title\">{Encode(title)}</span>", title[^1]));
        var venue = Venue(entry) is { Length: > 0 } v ? v : null;
        var year = entry.GetText("year");
        if (venue is not null || year is not null)
        {
            var tail = string.Join(", ", new[] { venue, year is null ? null : Encode(year) }.Where(p => !string.IsNullOrEmpty(p)));
            parts.Add((tail, year is not null ? year[^1] : 'x'));
        }

        var sb = new StringBuilder();
        foreach (var (html, last) in parts)
            sb.Append(html).Append(".?!".Contains(last) ? " " : ". ");
        var links = Links(entry);
        if (links.Count > 0)
            sb.Append(string.Join(" ", links));
        return sb.ToString().TrimEnd();
    }

    /// <summary>
    /// The reference-list form of the author-date style (Chicago, Quarto's default): <c>Last, First, and First Last.
    /// 2020a. Title. Venue.</c> — the year right after the names, as the reader looks it up from "(Last 2020a)".
    /// </summary>
    /// <param name="yearLabel">The year as cited, with any disambiguating letter ("2020a", "n.d.").</param>
    public static string ToAuthorDateHtml(BibEntry entry, string yearLabel)
    {
        var sb = new StringBuilder();
        var names = entry.Authors.Count > 0 ? entry.Authors : entry.Editors;
        var authors = FormatNames(names, invertFirst: true);
        if (authors.Length > 0)
        {
            var role = entry.Authors.Count == 0 ? (entry.Editors.Count > 1 ? ", editors" : ", editor") : "";
            sb.Append("<span class=\"ref-authors\">").Append(Encode(authors + role)).Append("</span>").Append(EndOf(authors + role));
        }

        sb.Append("<span class=\"ref-year\">").Append(Encode(yearLabel)).Append("</span>. ");
        var title = entry.GetText("title");
        if (title is not null)
            sb.Append("<span class=\"ref-title\">").Append(Encode(title)).Append("</span>").Append(EndOf(title));
        if (Venue(entry) is { Length: > 0 } venue)
            sb.Append(venue).Append(". ");
        var links = Links(entry);
        if (links.Count > 0)
            sb.Append(string.Join(" ", links));
        return sb.ToString().TrimEnd();
    }

    private static string EndOf(string text) => ".?!".Contains(text[^1]) ? " " : ". ";

    /// <summary>Short plain-text summary for hover cards: "Authors. Title. Year".</summary>
    public static string ToHoverText(BibEntry entry)
    {
        var names = entry.Authors.Count > 0 ? entry.Authors : entry.Editors;
        var pieces = new[] { FormatNames(names), entry.GetText("title"), entry.GetText("year") }
            .Where(p => !string.IsNullOrEmpty(p));
        return string.Join(". ", pieces.Select(p => p!.TrimEnd('.')));
    }

    /// <summary>"A", "A and B", "A, B, and C"; more than 10 names end with "et al.".</summary>
    /// <param name="invertFirst">Bibliography order for the first name ("Ho, Jonathan, Ajay Jain, and …").</param>
    public static string FormatNames(IReadOnlyList<BibName> names, bool invertFirst = false)
    {
        var others = names.Any(n => n.IsOthers);
        var shown = names.Where(n => !n.IsOthers).Select((n, i) => invertFirst && i == 0 ? Inverted(n) : n.DisplayName).ToList();
        if (shown.Count > 10) { shown = shown.Take(10).ToList(); others = true; }
        if (shown.Count == 0) return "";
        if (others) return string.Join(", ", shown) + " et al.";
        return shown.Count switch
        {
            1 => shown[0],
            2 => invertFirst ? $"{shown[0]}, and {shown[1]}" : $"{shown[0]} and {shown[1]}",
            _ => string.Join(", ", shown.Take(shown.Count - 1)) + ", and " + shown[^1],
        };
    }

    private static string Inverted(BibName name)
    {
        var result = name.FamilyName;
        if (name.First.Length > 0) result += ", " + name.First;
        if (name.Jr.Length > 0) result += ", " + name.Jr;
        return result;
    }

    private static string? Venue(BibEntry e)
    {
        string? T(string f) => e.GetText(f);
        string? Em(string? s) => s is null ? null : $"<em>{Encode(s)}</em>";
        string? Pages() => T("pages") is { } p ? (p.Contains('–') || p.Contains('-') ? "pp. " : "p. ") + Encode(p.Replace("-", "–")) : null;
        string Join(params string?[] items) => string.Join(", ", items.Where(i => !string.IsNullOrEmpty(i)));

        switch (e.Type)
        {
            case "article":
            {
                var volume = T("volume");
                var number = T("number");
                var vol = volume is null ? null : Encode(volume) + (number is null ? "" : $"({Encode(number)})");
                return Join(Em(T("journal") ?? T("journaltitle")), vol, Pages());
            }
            case "inproceedings" or "conference" or "incollection":
            {
                var book = T("booktitle");
                return Join(book is null ? null : "In " + Em(book), T("publisher") is { } p ? Encode(p) : null, Pages());
            }
            case "book" or "inbook" or "proceedings":
                return Join(T("edition") is { } ed ? Encode(ed) + " edition" : null, T("publisher") is { } pub ? Encode(pub) : null);
            case "phdthesis":
                return Join("PhD thesis", T("school") is { } s ? Encode(s) : null);
            case "mastersthesis":
                return Join("Master’s thesis", T("school") is { } ms ? Encode(ms) : null);
            case "techreport":
                return Join("Technical Report" + (T("number") is { } n ? " " + Encode(n) : ""), T("institution") is { } inst ? Encode(inst) : null);
            default:
            {
                var arxiv = ArxivId(e);
                return Join(T("howpublished") is { } h ? Encode(h) : null,
                            T("journal") is { } j ? Em(j) : null,
                            T("booktitle") is { } b ? "In " + Em(b) : null,
                            arxiv is null ? null : "arXiv:" + Encode(arxiv),
                            T("note") is { } note ? Encode(note) : null);
            }
        }
    }

    private static List<string> Links(BibEntry e)
    {
        var links = new List<string>();
        var doi = e.GetText("doi");
        if (doi is not null)
        {
            var bare = doi.Replace("https://doi.org/", "", StringComparison.OrdinalIgnoreCase)
                          .Replace("http://dx.doi.org/", "", StringComparison.OrdinalIgnoreCase);
            links.Add($"<a class=\"ref-doi\" href=\"https://doi.org/{WebUtility.HtmlEncode(bare)}\">doi:{Encode(bare)}</a>");
        }
        var url = e.GetText("url");
        var arxiv = ArxivId(e);
        if (url is null && arxiv is not null)
            url = "https://arxiv.org/abs/" + arxiv;
        if (url is not null && (url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            links.Add($"<a class=\"ref-url\" href=\"{WebUtility.HtmlEncode(url)}\">{Encode(url)}</a>");
        return links;
    }

    private static string? ArxivId(BibEntry e)
    {
        var eprint = e.GetText("eprint");
        var prefix = e.GetText("archiveprefix") ?? e.GetText("eprinttype");
        if (eprint is not null && (prefix is null || prefix.Equals("arxiv", StringComparison.OrdinalIgnoreCase)))
            return eprint;
        return null;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
