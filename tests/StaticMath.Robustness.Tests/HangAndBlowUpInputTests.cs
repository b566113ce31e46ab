using System.Xml.Linq;
using StaticMath.Site.Core;

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
            Assert.InRange(new FileInfo(Path.Combine(site.Output, "feed.xml")).Length, 1, 2L * Site.Core.OutputBudget.MaxFeedEntryChars);
        }
    }

    [Fact]
    public void A_layout_writing_more_than_the_page_budget_stops_with_a_located_error()
    {
        var (site, result) = HostileSite.Build(
            ("layouts/repeat.liquid", "{% for i in (1..300000) %}{{ content }}{% endfor %}"),
            (HostileSite.BadPostPath, HostileSite.Post(new string('x', 250) + "\n", "title: Bad\nlayout: repeat\n")));
        using (site) HostileSite.AssertLayoutFailed(site, result, "layouts/repeat.liquid", "bad", $"output longer than {Site.Core.OutputBudget.MaxPageChars}");
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
        var result = Bounded.Run(() => Site.Build.SiteBuilder.Build(new Site.Core.BuildOptions
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

    [Fact]
    public void Serializing_an_element_with_many_children_finishes()
    {
        // A pipe table of 100,000 rows spent 15 of its 43 s in AngleSharp's InnerHtml, which asks every node for its
        // NextSibling (a search of the parent's child list): O(rows²). The page serializer walks each list once; its
        // growth is measured by HtmlPassScalingBenchmarks (timing ratios in a test are noise on a shared machine).
        const int rows = 32_000;
        var body = TableBody(rows);
        var html = Bounded.Run(() => Site.Pipeline.LinearHtmlSerializer.InnerHtml(body), $"serializing {rows:N0} rows");
        Assert.Contains("<td>x" + (rows - 1) + "</td>", html);
        Assert.Equal(rows, html.Split("<tr>").Length - 1);
    }

    [Fact]
    public void The_linear_serializer_writes_what_AngleSharp_writes()
    {
        // Pages must stay byte-identical: void and self-closing elements, svg, pre/textarea/listing newlines,
        // raw text, comments, templates, entities and attributes.
        const string Html = "<p>a &amp; b &lt; c&nbsp;d \"q\"</p>\n<pre>\nx\n</pre><pre>y\nz</pre><textarea>\n\nt</textarea>" +
            "<listing>\nl</listing><br><img src=\"a.png\" alt=\"x &quot;y&quot;\"><hr/>" +
            "<svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/><use href=\"#g\"></use><foreignObject><p>f</p></foreignObject></svg>" +
            "<math><mi>x</mi></math><script>if (a < b && c) {}</script><style>p > a {}</style><!-- c -- d -->" +
            "<template><p>t</p><td>u</td></template><table><tbody><tr><td>1</td></tr></tbody></table>" +
            "<div title=\"&amp;&lt;'\" data-x=\"\">x<span>y</span>z</div><noscript><b>n</b></noscript><iframe src=\"x\"></iframe>" +
            "<xmp><b></xmp><plaintext>p</plaintext>";
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        document.Body!.InnerHtml = Html;
        Assert.Equal(document.Body.InnerHtml, Site.Pipeline.LinearHtmlSerializer.InnerHtml(document.Body));
        foreach (var element in document.Body.QuerySelectorAll("*"))
            Assert.Equal(element.OuterHtml, Site.Pipeline.LinearHtmlSerializer.OuterHtml(element));
        var table = TableBody(300);
        Assert.Equal(table.InnerHtml, Site.Pipeline.LinearHtmlSerializer.InnerHtml(table));
    }

    [Fact]
    public void A_post_holding_a_table_of_20000_rows_builds_with_every_row()
    {
        var rows = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"| x{i} | y{i} |\n"));
        var (site, result) = HostileSite.Build((HostileSite.BadPostPath, HostileSite.Post("| a | b |\n|---|---|\n" + rows)));
        using (site)
        {
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var html = File.ReadAllText(Path.Combine(site.Output, "posts", "bad", "index.html"));
            Assert.Contains("<td>x19999</td>", html);
        }
    }

    [Fact]
    public void Gluing_punctuation_to_many_equations_in_one_paragraph_finishes()
    {
        // 150,000 "$x$ " in one post: the glue asked each equation for its NextSibling (a search of the paragraph's
        // children), 17 s of the build. Its growth is measured by HtmlPassScalingBenchmarks; here, the result is right
        // and the pass ends (the bound is a hang net, not a target).
        const int equations = 32_000;
        var markup = new System.Text.StringBuilder("<p>");
        for (var i = 0; i < equations; i++) markup.Append("<span class=\"math-inline\">x</span> ");
        markup.Append("<span class=\"math-inline\">y</span>.</p>");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        document.Body!.InnerHtml = markup.ToString();

        Bounded.Run(() =>
        {
            new Site.Markdown.Extensions.Theme.MathPunctuationGlue().Process(document, document.Body, null!);
            return true;
        }, $"gluing punctuation to {equations:N0} equations");

        Assert.EndsWith("<span class=\"math-glue\"><span class=\"math-inline\">y</span>.</span></p>", document.Body.InnerHtml);
        Assert.Equal(equations + 1, document.Body.QuerySelectorAll(".math-inline").Length);
    }

    private static AngleSharp.Dom.IElement TableBody(int rows)
    {
        var markup = new System.Text.StringBuilder("<table>\n<tbody>\n");
        for (var i = 0; i < rows; i++) markup.Append("<tr>\n<td>x").Append(i).Append("</td>\n<td>y").Append(i).Append("</td>\n</tr>\n");
        markup.Append("</tbody>\n</table>\n");
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        document.Body!.InnerHtml = markup.ToString();
        return document.Body;
    }
}
