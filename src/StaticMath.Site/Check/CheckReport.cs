using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Check;

/// <summary>The outcome of checking an output folder: problems in a deterministic order, and what was looked at.</summary>
public sealed record CheckReport(
    IReadOnlyList<Diagnostic> Problems,
    int Pages,
    int InternalLinks,
    int Anchors,
    int Assets,
    int ExternalLinksSkipped)
{
    /// <summary>Errors fail the check; warnings (e.g. unsafe URLs under <c>security.unsafeUrls: warn</c>) are shown only.</summary>
    public bool HasProblems => Problems.Any(p => p.IsError);

    public string Summary =>
        $"checked {Pages} pages: {InternalLinks} internal links, {Anchors} anchors, {Assets} images/assets " +
        $"({ExternalLinksSkipped} external links not fetched); " +
        (Problems.Count > 0 ? $"{Problems.Count} problem{(Problems.Count == 1 ? "" : "s")}" : "no problems");
}
