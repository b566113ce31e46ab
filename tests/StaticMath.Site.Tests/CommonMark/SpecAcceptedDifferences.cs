namespace StaticMath.Site.Tests.CommonMark;

/// <summary>
/// Spec examples whose output differs from CommonMark's on purpose, each with the reason. Markup StaticMath adds
/// around CommonMark's (heading ids, code-block wrappers, figures, lazy images) is removed before comparing instead:
/// see <see cref="StaticMathMarkup"/>. The spec run fails if one of these starts to pass, so the list stays true.
/// </summary>
internal static class SpecAcceptedDifferences
{
    public static IReadOnlyDictionary<int, string> Examples { get; } = new Dictionary<int, string>
    {
        [608] = "Autolink extension (GFM): a bare URL is a link even between spaced angle brackets.",
        [611] = "Autolink extension (GFM): a bare https:// URL in prose is a link.",
    };

    /// <summary>Defects of issue 22 not fixed yet; each fix removes its examples from here.</summary>
    public static IReadOnlyDictionary<int, string> KnownDefects { get; } = Defects(
        ("raw HTML is re-serialised by the HTML post-processing", [21, 31, 148, 149, 150, 151, 155, 160, 165, 173, 174, 175, 180, 181, 182, 184, 187, 190, 191, 201, 344, 476, 477, 491, 494, 524, 536, 613, 614, 615, 616, 617, 623, 627, 628, 629, 630, 631, 642, 643]));

    private static Dictionary<int, string> Defects(params (string Reason, int[] Numbers)[] groups) =>
        groups.SelectMany(g => g.Numbers.Select(n => (n, g.Reason))).ToDictionary(p => p.n, p => p.Reason);
}
