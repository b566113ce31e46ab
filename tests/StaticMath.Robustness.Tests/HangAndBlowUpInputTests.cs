using System.Xml.Linq;

namespace StaticMath.Robustness.Tests;

/// <summary>
/// Issue 21, "Hangs and blow-ups": inputs whose cost grows exponentially or past any page's size. Each is bounded by
/// a count (renders, characters) and reported with its location; the rest of the site builds.
/// </summary>
public class HangAndBlowUpInputTests
{
    [Fact]
    public void An_include_that_includes_itself_six_times_is_bounded_in_total_renders()
    {
        // Ten levels deep that is 6^10 renders; the depth limit alone does not stop it.
        var (site, result) = HostileSite.Build(
            ("_includes/six.html", string.Concat(Enumerable.Repeat("{% include six.html %}", 6))),
            (HostileSite.BadPostPath, HostileSite.Post("{% include six.html %}\n")));
        using (site) HostileSite.AssertLocated(site, result, "bad", "include renders");
    }

    [Fact]
    public void Equations_expanding_a_macro_leave_the_page_and_a_feed_entry_within_budget()
    {
        // Each equation expands to 1,000 glyphs: a 9 MB page, and before the feed budget a 140 MB feed.
        const string Equation = "$\\def\\a{xxxxxxxxxx}\\def\\b{\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a}\\def\\c{\\b\\b\\b\\b\\b\\b\\b\\b\\b\\b}\\c$\n\n";
        var (site, result) = HostileSite.Build((HostileSite.BadPostPath, HostileSite.Post(string.Concat(Enumerable.Repeat(Equation, 200)))));
        using (site)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Contains(result.Diagnostics, d => d.Code == "SM1430" && d.Path.Contains("bad", StringComparison.Ordinal) && d.Line > 0);
            Assert.InRange(new FileInfo(Path.Combine(site.Output, "feed.xml")).Length, 1, 2L * Site.Build.OutputBudget.MaxFeedEntryChars);
        }
    }

    [Fact]
    public void A_layout_writing_more_than_the_page_budget_stops_with_a_located_error()
    {
        var (site, result) = HostileSite.Build(
            ("layouts/repeat.liquid", "{% for i in (1..300000) %}{{ content }}{% endfor %}"),
            (HostileSite.BadPostPath, HostileSite.Post(new string('x', 250) + "\n", "title: Bad\nlayout: repeat\n")));
        using (site) HostileSite.AssertLayoutFailed(site, result, "layouts/repeat.liquid", "bad", $"output longer than {Site.Build.OutputBudget.MaxPageChars}");
    }

    [Fact]
    public void A_post_over_the_feed_entry_budget_is_in_the_feed_as_a_link_only()
    {
        var big = string.Concat(Enumerable.Repeat("A paragraph of plain prose that is long enough to matter.\n\n", 50_000));
        var (site, result) = HostileSite.Build((HostileSite.BadPostPath, HostileSite.Post(big)));
        using (site)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Contains(result.Diagnostics, d => d.Code == "SM1430" && d.Path.Contains("bad", StringComparison.Ordinal));
            var feed = XDocument.Load(Path.Combine(site.Output, "feed.xml"));
            var ns = XNamespace.Get("http://www.w3.org/2005/Atom");
            var entries = feed.Root!.Elements(ns + "entry").ToList();
            Assert.Equal(2, entries.Count);
            Assert.Null(entries.Single(e => e.Element(ns + "title")!.Value == "Bad").Element(ns + "content"));
            Assert.NotNull(entries.Single(e => e.Element(ns + "title")!.Value == "Good").Element(ns + "content"));
        }
    }
}
