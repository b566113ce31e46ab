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

    [Fact]
    public void A_line_of_40000_unclosed_link_openers_is_refused_at_its_line()
    {
        // Markdig takes the square of their number: 15 s for 40,000 before the limit.
        var (site, result) = HostileSite.Build((HostileSite.BadPostPath, HostileSite.Post("Fine line.\n\n" + string.Concat(Enumerable.Repeat("[a](", 40_000)) + "\n")));
        using (site) Assert.Equal(7, HostileSite.AssertLocated(site, result, "bad", "link openers").Line);
    }

    [Fact]
    public void Front_matter_with_100000_open_brackets_is_a_located_error()
    {
        var (site, result) = HostileSite.Build((HostileSite.BadPostPath, HostileSite.Post("Body.\n", "title: Bad\nx: " + new string('[', 100_000) + "\n")));
        using (site) Assert.Equal(3, HostileSite.AssertLocated(site, result, "bad", "nested more than").Line);
    }

    [Fact]
    public void Brackets_in_quoted_scalars_and_comments_do_not_count_as_nesting()
    {
        var quoted = new string('[', 500);
        var (site, result) = HostileSite.Build((HostileSite.BadPostPath,
            HostileSite.Post("Body.\n", $"title: \"{quoted}\"\ndescription: '{quoted}'\nnote: it's [fine] # {quoted}\n")));
        using (site)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Contains(quoted, File.ReadAllText(Path.Combine(site.Output, "posts", "bad", "index.html")));
        }
    }

    [Fact]
    public void A_post_with_3000_tags_keeps_the_first_100_with_a_warning()
    {
        var tags = string.Join(",", Enumerable.Range(0, 3_000).Select(i => $"t{i}"));
        var (site, result) = HostileSite.Build((HostileSite.BadPostPath, HostileSite.Post("Body.\n", $"title: Bad\ntags: [{tags}]\n")));
        using (site)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            Assert.Equal(3, HostileSite.AssertLocated(site, result, "bad", "only the first 100").Line);
            Assert.True(Directory.Exists(Path.Combine(site.Output, "tags", "t99")));
            Assert.False(Directory.Exists(Path.Combine(site.Output, "tags", "t100")));
        }
    }

    [Fact]
    public void Dollar_signs_stop_making_svg_at_the_page_math_budget()
    {
        // 300,000 dollar signs made 48 MB of SVG (10 million: out of memory); the budget is scaled down here so the
        // test is cheap, and past it equations stay as their TeX, as plain text.
        using var site = new TempSite();
        site.Write("content/posts/2024-01-01-good.md", HostileSite.GoodPost);
        // Non-empty equations: empty ones ($$, $$$$) stay text and make no SVG at all.
        site.Write(HostileSite.BadPostPath, HostileSite.Post("Before.\n\n" + string.Concat(Enumerable.Repeat("$x$ ", 2_000)) + "\n\n$$x^2$$.\n"));
        var result = Bounded.Run(() => Site.Build.SiteBuilder.Build(new Site.Build.BuildOptions
        {
            SourceDirectory = site.Directory,
            NoCache = true,
            MaxPageMathChars = 20_000,
            Now = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero),
        }), "site build");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(7, Assert.Single(result.Diagnostics, d => d.Code == "SM1436").Line);
        var html = File.ReadAllText(Path.Combine(site.Output, "posts", "bad", "index.html"));
        Assert.InRange(html.Split("<svg").Length, 20_000 / 1_000, 20_000 / 100);
        Assert.EndsWith("$$x^2$$.", html[..(html.IndexOf("$$x^2$$.", StringComparison.Ordinal) + 8)]);
    }
}
