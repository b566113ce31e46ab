using System.Collections.Concurrent;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Themes;

/// <summary>
/// Template problems of one build, each reported once at the template's own file and line with the number of pages
/// it kept from being written — not once per page: a broken partial on a 1,000-post site is one line, not 1,000.
/// </summary>
internal sealed class TemplateFailures
{
    private const int PagesNamed = 3;

    private readonly ConcurrentDictionary<ThemeTemplates.Problem, ConcurrentBag<string>> _pages = new();

    /// <summary>Records the problem; <paramref name="page"/> names a page it kept from being written, if any.</summary>
    public void Record(ThemeTemplates.Problem problem, string? page)
    {
        var pages = _pages.GetOrAdd(problem, _ => []);
        if (page is not null) pages.Add(page);
    }

    /// <summary>Adds one error per problem, with the count and the first few pages it affected.</summary>
    public void ReportTo(DiagnosticBag diagnostics)
    {
        foreach (var (problem, bag) in _pages)
        {
            var pages = bag.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var affected = pages.Count switch
            {
                0 => "",
                1 => $"; 1 page not written: {pages[0]}",
                _ => $"; {pages.Count} pages not written: {string.Join(", ", pages.Take(PagesNamed))}{(pages.Count > PagesNamed ? $" and {pages.Count - PagesNamed} more" : "")}",
            };
            diagnostics.Error(problem.Code, problem.File, problem.Line, problem.Column, problem.Message + affected);
        }
        _pages.Clear();
    }
}
