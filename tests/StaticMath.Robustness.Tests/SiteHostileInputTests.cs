using System.Text;

namespace StaticMath.Robustness.Tests;

/// <summary>
/// Posts meant to break the site pipeline (Markdown with our extensions, front matter, Liquid, BibTeX): the build
/// finishes, the good post is still written, problems are diagnostics with locations, and no page hits an internal
/// error (SM1199 means an exception escaped an extension: a bug).
/// </summary>
public class SiteHostileInputTests
{
    private const string GoodPost = "---\ntitle: Good\n---\n\nStill here: $x^2$.\n";

    public static TheoryData<string, string> Posts() => new()
    {
        { "10,000 nested lists on one line", string.Concat(Enumerable.Repeat("- ", 10_000)) + "item\n" },
        { "10,000 nested ordered lists", string.Concat(Enumerable.Repeat("1. ", 10_000)) + "item\n" },
        { "1,000 nested indented lists", string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', i * 2) + "- item\n")) },
        { "10,000 nested quotes", new string('>', 10_000) + " deep\n" },
        { "10,000 nested quotes on lines", string.Concat(Enumerable.Range(1, 2_000).Select(i => new string('>', i) + " q\n")) },
        { "10,000 open braces in math", "$$" + new string('{', 10_000) + "$$\n" },
        { "unterminated display math", "Before\n\n$$\n\\frac{1}{2}\n\nafter, never closed\n" },
        { "unterminated everything", "$a\n\\[ b\n\\( c\n```\ncode\n<div markdown=\"1\">\n::: theorem\n{% if x %}\n{% raw %}\n<details>\n[link](\n" },
        { "NUL bytes", "Text \u0000 with NUL \u0000 $x\u0000y$ and ``\u0000``\n" },
        { "Liquid loop bomb", "{% for a in (1..100000) %}{% for b in (1..100000) %}x{% endfor %}{% endfor %}\n" },
        { "Liquid include recursion", "{% include self.html %}\n" },
        { "Liquid deep nesting", string.Concat(Enumerable.Repeat("{% if true %}", 3_000)) + "x" + string.Concat(Enumerable.Repeat("{% endif %}", 3_000)) },
        { "huge table", "|" + string.Concat(Enumerable.Repeat(" a |", 2_000)) + "\n|" + string.Concat(Enumerable.Repeat("---|", 2_000)) + "\n" + string.Concat(Enumerable.Repeat("|" + string.Concat(Enumerable.Repeat(" $x$ |", 200)) + "\n", 200)) },
        { "deep HTML", string.Concat(Enumerable.Repeat("<div markdown=\"1\">\n\n", 3_000)) + "x\n" },
        { "many footnotes", string.Concat(Enumerable.Range(0, 5_000).Select(i => $"[^{i}] ")) + "\n\n" + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"[^{i}]: note {i}\n")) },
        { "citations without bibliography", "<d-cite key=\"a,b,c\"></d-cite> and <d-footnote>deep <d-footnote>nested</d-footnote></d-footnote>\n" },
        { "macro bomb on a page", "$\\def\\a{\\a\\a}\\a$ and $$\\newcommand{\\b}{\\b}\\b$$\n" },
        { "emphasis storm", string.Concat(Enumerable.Repeat("*_", 50_000)) + "\n" },
        { "link reference storm", string.Concat(Enumerable.Repeat("[a][b]", 30_000)) + "\n\n[b]: /x\n" },
        { "unclosed inline notes and citation brackets", string.Concat(Enumerable.Repeat("^[[@a; see ", 20_000)) + "\n" },
        { "deeply nested inline notes", string.Concat(Enumerable.Repeat("^[n $x$ ", 2_000)) + string.Concat(Enumerable.Repeat("]", 2_000)) + "\n" },
        { "at-sign storm", string.Concat(Enumerable.Repeat("@eq-x @{ -@a [@b] me@x.org ", 10_000)) + "\n\n$$x$$ {#eq-x}\n" },
    };

    [Theory]
    [MemberData(nameof(Posts))]
    public void Hostile_post_does_not_take_the_build_down(string name, string body)
    {
        using var site = new TempSite();
        site.Write("_includes/self.html", "{% include self.html %}");
        site.Write("content/posts/2024-01-01-good.md", GoodPost);
        site.Write("content/posts/2024-01-02-hostile.md", "---\ntitle: Hostile\n---\n\n" + body);

        var result = site.Build();

        Assert.False(result.Cancelled, name);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SM1199");
        // Markdown too deep for the parser is a content error on that page only.
        Assert.All(result.Diagnostics.Where(d => d.IsError), d => Assert.Contains("hostile", d.Path));
        Assert.True(File.Exists(Path.Combine(site.Output, "posts", "good", "index.html")) || !result.Succeeded, name);
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Path.Contains("hostile", StringComparison.Ordinal)))
            Assert.True(diagnostic.Line > 0, $"{name}: {diagnostic} has no line");
    }

    [Fact]
    public void A_5_MB_post_builds()
    {
        const int size = 5_000_000, baselineSize = 100_000;
        var paragraph = "Some prose with $a_i^2 + b$ math, **bold** text and a [link](/x/).\n\n";
        string Post(int length)
        {
            var text = new StringBuilder();
            while (text.Length < length) text.Append(paragraph);
            return "---\ntitle: Huge\n---\n\n" + text;
        }

        // The bound is a multiple of how fast this machine builds the same text 50 times smaller, right now.
        TimeSpan baseline;
        using (var small = new TempSite())
        {
            small.Write("content/posts/2024-01-01-huge.md", Post(baselineSize));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            Assert.True(small.Build().Succeeded);
            baseline = clock.Elapsed;
        }
        using var site = new TempSite();
        site.Write("content/posts/2024-01-01-huge.md", Post(size));
        var result = site.Build(limit: Bounded.Scaled(baseline, (double)size / baselineSize));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));
        Assert.True(new FileInfo(Path.Combine(site.Output, "posts", "huge", "index.html")).Length > 5_000_000);
    }

    [Fact]
    public void Invalid_utf8_is_read_with_replacement_characters_and_builds()
    {
        using var site = new TempSite();
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: Bytes\n---\n\nBefore ").Concat(new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0x80, 0xE2, 0x82 }).Concat(Encoding.UTF8.GetBytes(" after $x$.\n")).ToArray();
        site.WriteBytes("content/posts/2024-01-01-bytes.md", bytes);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("after", File.ReadAllText(Path.Combine(site.Output, "posts", "bytes", "index.html")));
    }

    public static TheoryData<string, string> FrontMatters() => new()
    {
        { "unterminated", "---\ntitle: x\n" },
        { "not a map", "---\n- a\n- b\n---\n" },
        { "deep nesting", "---\ntitle: x\nk: " + new string('[', 5_000) + new string(']', 5_000) + "\n---\n" },
        { "anchor bomb", "---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n---\n" },
        { "tabs and garbage", "---\n\ttitle:\t\u0000\n:::\n---\n" },
        { "huge date", "---\ndate: 99999-99-99 99:99\n---\n" },
        { "title is a map", "---\ntitle: {a: b}\ntags: {x: y}\ndate: [1]\n---\n" },
    };

    [Theory]
    [MemberData(nameof(FrontMatters))]
    public void Hostile_front_matter_is_an_error_with_a_location_and_the_other_pages_build(string name, string frontMatter)
    {
        using var site = new TempSite();
        site.Write("content/posts/2024-01-01-good.md", GoodPost);
        site.Write("content/posts/2024-01-02-bad.md", frontMatter + "\nBody.\n");
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SM1199");
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Path.Contains("bad", StringComparison.Ordinal)))
            Assert.True(diagnostic.Line > 0, $"{name}: {diagnostic} has no line");
        if (result.Succeeded) Assert.True(File.Exists(Path.Combine(site.Output, "posts", "good", "index.html")), name);
    }

    [Fact]
    public void Hostile_bibtex_is_reported_and_citations_still_render()
    {
        using var site = new TempSite();
        site.Write("_bibliography/papers.bib", "@article{a, title={" + new string('{', 5_000) + "}\n@book{b, author = \"unterminated\n@@@\n\u0000@misc{c,title={<script>x</script>}}\n" + string.Concat(Enumerable.Range(0, 3_000).Select(i => $"@misc{{k{i}, title={{T{i}}}}}\n")));
        site.Write("content/posts/2024-01-01-cites.md", "---\ntitle: Cites\nlayout: distill\nbibliography: papers.bib\n---\n\nSee <d-cite key=\"c,k1,missing\"></d-cite>.\n");
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SM1199");
        var html = File.Exists(Path.Combine(site.Output, "posts", "cites", "index.html")) ? File.ReadAllText(Path.Combine(site.Output, "posts", "cites", "index.html")) : "";
        Assert.DoesNotContain("<script>x</script>", html);
    }
}
