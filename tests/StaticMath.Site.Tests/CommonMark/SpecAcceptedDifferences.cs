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
        // Raw HTML reaches the output as written (AsWrittenHtml), apart from these three cases.
        ("Foster parenting: Markdown blocks inside a raw <table> are moved before it by the HTML5 parser the HTML passes need, as a browser shows them.", [191]),
        ("A raw </pre> ending a Markdown paragraph leaves the paragraph's own </p> stray, which the HTML5 parser turns into <p></p>.", [148]),
        ("A stray end tag before bare text: the theme wraps the text in div.content-grid__text, which the end tag would close; it is dropped.", [151, 165]),
        ("kramdown's rule: inline HTML left open is closed at its paragraph's end (warning SM1601), not carried on.",
            [187, 201, 344, 476, 477, 491, 494, 524, 536, 613, 614, 615, 616, 630, 631, 642, 643]));

    /// <summary>Defects of issue 22 not fixed yet; each fix removes its examples from here.</summary>
    public static IReadOnlyDictionary<int, string> KnownDefects { get; } = Group();

    private static Dictionary<int, string> Group(params (string Reason, int[] Numbers)[] groups) =>
        groups.SelectMany(g => g.Numbers.Select(n => (n, g.Reason))).ToDictionary(p => p.n, p => p.Reason);
}
