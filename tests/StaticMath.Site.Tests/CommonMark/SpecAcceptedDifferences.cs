namespace StaticMath.Site.Tests.CommonMark;

/// <summary>
/// Spec examples whose output differs from CommonMark's on purpose, each with the reason. Markup StaticMath adds
/// around CommonMark's (heading ids, code-block wrappers, figures, lazy images) is removed before comparing instead:
/// see <see cref="StaticMathMarkup"/>. The spec run fails if one of these starts to pass, so the list stays true.
/// </summary>
internal static class SpecAcceptedDifferences
{
    public static IReadOnlyDictionary<int, string> Examples { get; } = Group(
        ("Autolink extension (GFM): a bare URL is a link, even between spaced angle brackets.", [608, 611]),
        // Post-processors (math in HTML, figures, callouts, links) work on the page's DOM, so raw HTML blocks reach the
        // output as the HTML5 parser reads them, which is what a browser would show for the verbatim text anyway.
        ("HTML5 parsing of raw HTML blocks: implied <tbody>, elements closed at the block's end, stray end tags dropped.",
            [21, 31, 148, 149, 150, 151, 155, 160, 165, 173, 174, 175, 184, 190, 191]),
        ("kramdown's rule: inline HTML left open is closed at its paragraph's end (warning SM1601), not carried on.",
            [187, 201, 344, 476, 477, 491, 494, 524, 536, 613, 614, 615, 616, 617, 630, 631, 642, 643]),
        ("HTML5 parsing of inline HTML: end tags with no open element are dropped.", [623]));

    /// <summary>Defects of issue 22 not fixed yet; each fix removes its examples from here.</summary>
    public static IReadOnlyDictionary<int, string> KnownDefects { get; } = Group();

    private static Dictionary<int, string> Group(params (string Reason, int[] Numbers)[] groups) =>
        groups.SelectMany(g => g.Numbers.Select(n => (n, g.Reason))).ToDictionary(p => p.n, p => p.Reason);
}
