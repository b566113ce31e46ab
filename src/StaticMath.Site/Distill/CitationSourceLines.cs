using System.Text.RegularExpressions;

namespace StaticMath.Site.Distill;

/// <summary>
/// File lines of the citations written in a body (<c>&lt;d-cite</c> and jekyll-scholar's <c>{% cite</c>), in order,
/// so a problem found in the rendered HTML can still be reported at the line the author wrote.
/// </summary>
internal static partial class CitationSourceLines
{
    public static IReadOnlyList<int> Find(string body, int bodyLineOffset)
    {
        var lines = new List<int>();
        var line = 0;
        var scanned = 0;
        foreach (Match match in CitationPattern().Matches(body))
        {
            for (; scanned < match.Index; scanned++)
                if (body[scanned] == '\n') line++;
            lines.Add(bodyLineOffset + line);
        }
        return lines;
    }

    [GeneratedRegex(@"<d-cite\b|\{%-?\s*cite\s", RegexOptions.IgnoreCase)]
    private static partial Regex CitationPattern();
}
