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
    public bool HasProblems => Problems.Count > 0;

    public string Summary =>
        $"checked {Pages} pages: {InternalLinks} internal links, {Anchors} anchors, {Assets} images/assets " +
        $"({ExternalLinksSkipped} external links not fetched); " +
        (HasProblems ? $"{Problems.Count} problem{(Problems.Count == 1 ? "" : "s")}" : "no problems");
}
