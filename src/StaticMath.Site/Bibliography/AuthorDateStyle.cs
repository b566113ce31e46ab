using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticMath.Site.Bibliography;

/// <summary>
/// Citation text in the Chicago author-date style that Quarto and pandoc use by default: "Smith 2020",
/// "Smith and Jones 2020", "Smith, Jones, and Lee 2020", "Smith et al. 2020" from four names on; works without
/// names are cited by title, works without a year as "n.d."; page locators are shown bare ("Smith 2020, 33–35").
/// </summary>
public static partial class AuthorDateStyle
{
    public const string NoDate = "n.d.";

    /// <summary>The names part of a citation ("Smith and Jones"), or the quoted title when the work has no names.</summary>
    public static string CitationNames(BibEntry entry)
    {
        var names = entry.Authors.Count > 0 ? entry.Authors : entry.Editors;
        var others = names.Any(n => n.IsOthers);
        var families = names.Where(n => !n.IsOthers).Select(n => n.FamilyName).Where(n => n.Length > 0).ToList();
        if (families.Count == 0)
        {
            return entry.GetText("title") is { } title ? "“" + title + "”" : entry.Key;
        }

        if (others || families.Count >= 4)
        {
            return families[0] + " et al.";
        }

        return families.Count switch
        {
            1 => families[0],
            2 => families[0] + " and " + families[1],
            _ => families[0] + ", " + families[1] + ", and " + families[2],
        };
    }

    /// <summary>The year of the work: the <c>year</c> field, else the year of <c>date</c>, else "n.d.".</summary>
    public static string Year(BibEntry entry)
    {
        if (entry.GetText("year") is { } year)
        {
            return year;
        }

        return entry.GetText("date") is { Length: >= 4 } date && int.TryParse(date.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? date[..4]
            : NoDate;
    }

    /// <summary>
    /// The text after the year: ", p. 33" → ", 33" and "pp. 33-35" → ", 33–35" (Chicago prints page locators bare);
    /// other suffixes keep their words (", chap. 2", " and passim").
    /// </summary>
    public static string Suffix(string suffix)
    {
        var text = suffix.Trim();
        if (text.Length == 0)
        {
            return "";
        }

        var comma = text.StartsWith(',');
        var body = comma ? text[1..].TrimStart() : text;
        body = PageLabel().Replace(body, "");
        body = NumberRange().Replace(body, "$1–$2");
        return comma || (body.Length > 0 && char.IsAsciiDigit(body[0])) ? ", " + body : " " + body;
    }

    /// <summary>Reference list order: names, then year, then title (ordinal, so output never depends on culture).</summary>
    public static string SortKey(BibEntry entry) =>
        string.Join('\u0001', CitationNames(entry).Trim('“', '”').ToLowerInvariant(), Year(entry), (entry.GetText("title") ?? "").ToLowerInvariant(), entry.Key);

    [GeneratedRegex(@"^(?:pp?|pages?)\.?\s+(?=\d)", RegexOptions.CultureInvariant)]
    private static partial Regex PageLabel();

    [GeneratedRegex(@"(\d)\s*-{1,2}\s*(\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberRange();
}
