using System.Text.RegularExpressions;
using AngleSharp.Dom;
using StaticMath.Site.Configuration;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Math;

/// <summary>Whole pages through the real pipeline and engine: numbering, references, errors, glyph sharing.</summary>
public sealed class MathPageTests : IDisposable
{
    private readonly List<MathTestSite> _sites = [];

    private MathTestSite Site(string numbering = "none", string glyphs = "shared", bool noCache = true)
    {
        var site = new MathTestSite(new SiteConfig { Sections = { new MathConfig { Numbering = numbering, Glyphs = glyphs } } }, noCache);
        _sites.Add(site);
        return site;
    }

    private static List<string> Tags(IElement body) => body.QuerySelectorAll(".math-tag").Select(t => t.TextContent).ToList();

    private static void AssertReferencesResolve(IElement body)
    {
        foreach (var link in body.QuerySelectorAll("a.math-ref"))
        {
            var target = link.GetAttribute("href")!;
            Assert.StartsWith("#eq-", target);
            Assert.NotNull(body.QuerySelector("[id='" + target[1..] + "']"));
        }
    }

    private const string ForwardAndBackward = """
        Later we use \eqref{sum} and row \ref{second}.

        \begin{equation}
        a + b = c \label{sum}
        \end{equation}

        Back to \eqref{sum}; forward to \eqref{second}.

        $$
        \begin{align}
        x &= 1 \label{first} \\
        y &= 2 \label{second}
        \end{align}
        $$
        """;

    [Fact]
    public void Eqref_links_resolve_to_anchors_forward_and_backward()
    {
        var site = Site("ams");
        var body = site.Render(ForwardAndBackward);
        var links = body.QuerySelectorAll("a.math-ref").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("#eq-sum", "(1)"), ("#eq-second", "3"), ("#eq-sum", "(1)"), ("#eq-second", "(3)")], links);
        AssertReferencesResolve(body);
        Assert.Equal(["(1)", "(2)", "(3)"], Tags(body));
        Assert.Empty(site.Warnings("SM2002"));
    }

    [Fact]
    public void Ams_numbers_environments_but_not_plain_displays_or_starred_ones()
    {
        var body = Site("ams").Render("$$a$$\n\n\\begin{equation*}b\\end{equation*}\n\n\\begin{gather}c \\\\ d \\notag \\\\ e\\end{gather}\n\n$$f \\tag{T}$$\n");
        Assert.Equal(["(1)", "(2)", "(T)"], Tags(body));
    }

    [Fact]
    public void All_numbers_every_display()
    {
        var body = Site("all").Render("$$a$$\n\nInline $b$ is not numbered.\n\n\\[c\\]\n\n$$d \\tag*{star}$$\n\n$$e$$\n");
        Assert.Equal(["(1)", "(2)", "star", "(3)"], Tags(body));
    }

    [Fact]
    public void None_shows_only_tags()
    {
        var body = Site("none").Render("$$a \\tag{1.2}$$\n\n\\begin{equation}b\\end{equation}\n");
        Assert.Equal(["(1.2)"], Tags(body));
    }

    [Fact]
    public void Front_matter_overrides_the_site_numbering()
    {
        var frontMatter = new Dictionary<string, object?> { ["math"] = new Dictionary<string, object?> { ["numbering"] = "all" } };
        var body = Site("none").Render("$$a$$\n", frontMatter: frontMatter);
        Assert.Equal(["(1)"], Tags(body));
    }

    [Fact]
    public void Each_row_tag_sits_at_its_row_centre()
    {
        var body = Site("ams").Render("\\begin{align}\na &= \\frac{1}{2} \\\\\nb &= c\n\\end{align}\n");
        var tops = body.QuerySelectorAll(".math-tags > .math-tag").Select(t => t.GetAttribute("style")!).ToList();
        Assert.Equal(2, tops.Count);
        var values = tops.Select(s => double.Parse(s["top:".Length..^"em".Length], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.True(values[0] > 0 && values[1] > values[0], string.Join(",", tops));
    }

    [Fact]
    public void Unknown_label_is_a_warning_at_its_file_line_and_shows_question_marks()
    {
        var site = Site("ams");
        var body = site.Render("Intro.\n\nSee \\eqref{missing} here.\n", bodyLineOffset: 5);
        var warning = Assert.Single(site.Warnings("SM2002"));
        Assert.Equal("content/posts/test.md", warning.Path);
        Assert.Equal(7, warning.Line);
        Assert.Contains("missing", warning.Message);
        Assert.Equal("(??)", body.QuerySelector(".math-ref--unknown")!.TextContent);
    }

    [Fact]
    public void Undefined_macro_is_a_warning_at_its_line_and_only_the_macro_is_marked_in_red()
    {
        var site = Site();
        var body = site.Render("Text.\n\n$$\na +\n\\notacommand b\n$$\n\nInline $\\alsonot + x^2$.\n", bodyLineOffset: 4);
        var warnings = site.Warnings("SM2001");
        Assert.Equal([8, 11], warnings.Select(w => w.Line));
        Assert.Equal([1, 9], warnings.Select(w => w.Column));
        Assert.All(warnings, w => Assert.Contains("Undefined control sequence", w.Message));
        Assert.Empty(body.QuerySelectorAll(".math-error"));
        var svgs = body.QuerySelectorAll("svg[role='img']");
        Assert.Equal(2, svgs.Length);
        // The rest of each expression is typeset (a, +, b; the superscript), the macro name alone is red.
        Assert.All(svgs, svg => Assert.Single(svg.QuerySelectorAll("g[fill='#cc0000']")));
        Assert.NotNull(body.QuerySelector(".math-display svg"));
        Assert.NotNull(body.QuerySelector(".math-inline svg"));
    }

    [Fact]
    public void Unbalanced_braces_are_a_warning_at_the_equations_line_with_a_visible_box()
    {
        var site = Site();
        var body = site.Render("Text.\n\n$$\na + {b\n$$\n\nInline $\\frac{a}{b$ and $\\foo}$.\n", bodyLineOffset: 4);
        var warnings = site.Warnings("SM2001");
        Assert.Equal(4, warnings.Count);
        Assert.Contains("Missing }", warnings[0].Message);
        var boxes = body.QuerySelectorAll(".math-error");
        Assert.Equal(3, boxes.Length);
        Assert.Contains("a + {b", boxes[0].TextContent);
        Assert.Contains("Extra }", boxes[2].GetAttribute("title"));
    }

    [Fact]
    public void A_position_named_inside_a_TeX_message_is_given_as_the_file_line_and_column()
    {
        var site = Site();
        site.Render("Text.\n\n$$\n\\begin{aligned}\nx &= 1 \\\\\ny &= \\frac{1}{2\n\\end{aligned}\n$$\n\nInline $a + \\sqrt{x$.\n", bodyLineOffset: 4);
        var messages = site.Warnings("SM2001").Select(w => $"({w.Line},{w.Column}) {w.Message}").ToList();
        // The display's unclosed `{` is on file line 9 (body line 5), column 14; the inline one on line 13, column 18.
        Assert.Contains("(9,14) Missing } for { opened at line 9, column 14", messages);
        Assert.Contains("(13,18) Missing } for { opened at line 13, column 18", messages);
        Assert.DoesNotContain(messages, m => m.Contains("offset", StringComparison.Ordinal));
    }

    [Fact]
    public void Math_in_raw_html_is_located_at_its_column()
    {
        var site = Site();
        site.Render("Text.\n\n<div>Raw $\\alsobad$ html</div>\n", bodyLineOffset: 3);
        var warning = Assert.Single(site.Warnings("SM2001"));
        Assert.Equal((5, 11), (warning.Line, warning.Column));
    }

    [Fact]
    public void Character_no_font_has_is_drawn_as_text_with_an_SM2010_warning_and_the_page_still_builds()
    {
        var site = Site();
        var body = site.Render("Intro.\n\nThe set $S_{\\text{क}} = \\varnothing$ is empty.\n", bodyLineOffset: 3);
        var warning = Assert.Single(site.Warnings("SM2010"));
        Assert.Equal("content/posts/test.md", warning.Path);
        Assert.Equal(5, warning.Line);
        Assert.Contains("U+0915", warning.Message);
        Assert.Empty(site.Warnings("SM2001"));
        Assert.Empty(body.QuerySelectorAll(".math-error"));
        Assert.Equal("क", body.QuerySelector("svg text")!.TextContent);
    }

    [Fact]
    public void Fallback_font_glyphs_are_defined_once_per_page_like_latin_modern_ones()
    {
        var site = Site(glyphs: "shared");
        var body = site.Render("Stars $\\bigstar$ and\n\n$$a \\bigstar b \\precneqq c$$\n");
        var definitions = Assert.Single(site.LastBodyEnd);
        var stix = Regex.Matches(definitions, "id=\"(g-STIX-[0-9]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, stix.Count);
        Assert.Equal(stix.Count, stix.Distinct().Count());
        Assert.Equal(3, body.QuerySelectorAll("use").Count(u => (u.GetAttribute("href") ?? "").StartsWith("#g-STIX-", StringComparison.Ordinal)));
        Assert.Empty(site.Warnings("SM2001"));
    }

    [Fact]
    public void Shared_glyphs_are_defined_once_per_page_and_every_use_resolves()
    {
        var site = Site(glyphs: "shared");
        var body = site.Render("Inline $x^2 + y^2$ and\n\n$$x^2 + y^2 = z^2$$\n");
        var definitions = Assert.Single(site.LastBodyEnd);
        Assert.Contains("<defs", definitions);
        var uses = body.QuerySelectorAll("use").Select(u => u.GetAttribute("href") ?? u.GetAttribute("xlink:href")).ToList();
        Assert.NotEmpty(uses);
        Assert.All(uses, href => Assert.NotNull(body.QuerySelector("[id='" + href![1..] + "']")));
        Assert.DoesNotContain("<script", site.LastHtml + definitions, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Inline_glyph_mode_writes_self_contained_svgs()
    {
        var site = Site(glyphs: "inline");
        var body = site.Render("$$x^2$$\n");
        Assert.Empty(site.LastBodyEnd);
        Assert.Empty(body.QuerySelectorAll("use"));
        Assert.NotEmpty(body.QuerySelectorAll(".math-display svg path"));
    }

    [Fact]
    public void Equations_are_accessible_and_copyable_as_tex()
    {
        var body = Site().Render("Energy $E = mc^2$ here.\n");
        var svg = body.QuerySelector(".math-inline svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("E = mc^2", svg.GetAttribute("aria-label"));
        Assert.Equal("$E = mc^2$", body.QuerySelector(".math-inline .math-tex")!.TextContent);
        Assert.Contains("vertical-align", svg.GetAttribute("style"));
    }

    [Fact]
    public void Math_in_raw_html_is_rendered_but_not_in_code_or_escaped_markdown_dollars()
    {
        var body = Site().Render("<figure>\n<figcaption>Score $\\nabla_x \\log p(x)$ field.</figcaption>\n</figure>\n\n<pre>$kept$</pre>\n\nEscaped \\$x\\$ stays.\n");
        Assert.NotNull(body.QuerySelector("figcaption .math-inline svg"));
        Assert.Equal("$kept$", body.QuerySelector("pre")!.TextContent);
        Assert.Contains("$x$ stays", body.TextContent);
        Assert.Single(body.QuerySelectorAll(".math-inline"));
    }

    [Fact]
    public void Cache_serves_a_rebuild_and_survives_a_corrupt_entry()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sm-math-cache-" + Guid.NewGuid().ToString("N"));
        const string page = "$a$ and $b$\n\n$$c = d$$\n";
        long Count(MathTestSite site, string name) => site.Build.Counters.Get(name);

        var cold = new MathTestSite(directory: directory, noCache: false);
        _sites.Add(cold);
        cold.Render(page);
        cold.Build.End();
        Assert.Equal(3, Count(cold, MathBuildServices.TypesetCounter));
        Assert.Equal(0, Count(cold, MathBuildServices.FromCacheCounter));

        var warm = new MathTestSite(directory: directory, noCache: false);
        var warmBody = warm.Render(page);
        warm.Build.End();
        Assert.Equal(0, Count(warm, MathBuildServices.TypesetCounter));
        Assert.Equal(3, Count(warm, MathBuildServices.FromCacheCounter));
        Assert.Equal(cold.LastHtml, warm.LastHtml);
        Assert.Equal(3, warmBody.QuerySelectorAll("svg[role=img]").Length);

        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={MathCache.StorePathFor(directory)};Pooling=False"))
        {
            connection.Open();
            using var damage = connection.CreateCommand();
            damage.CommandText = "UPDATE entries SET value = x'00' WHERE key = (SELECT MIN(key) FROM entries)";
            Assert.Equal(1, damage.ExecuteNonQuery());
        }

        var repaired = new MathTestSite(directory: directory, noCache: false);
        repaired.Render(page);
        repaired.Build.End();
        Assert.Equal(1, Count(repaired, MathBuildServices.TypesetCounter));
        Assert.Equal(2, Count(repaired, MathBuildServices.FromCacheCounter));
        Assert.Equal(cold.LastHtml, repaired.LastHtml);

        var bypass = new MathTestSite(directory: directory, noCache: true);
        bypass.Render(page);
        Assert.Equal(3, Count(bypass, MathBuildServices.TypesetCounter));
    }

    [Fact]
    public void Site_macros_apply_to_every_equation()
    {
        var config = new SiteConfig { Sections = { new MathConfig { Macros = new() { ["RR"] = @"\mathbb{R}" } } } };
        var site = new MathTestSite(config);
        _sites.Add(site);
        var body = site.Render("$x \\in \\RR$\n");
        Assert.Empty(site.Warnings("SM2001"));
        Assert.NotNull(body.QuerySelector(".math-inline svg"));
    }

    public void Dispose()
    {
        foreach (var site in _sites)
        {
            site.Dispose();
        }
    }
}
