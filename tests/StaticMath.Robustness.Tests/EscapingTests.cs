using AngleSharp.Html.Parser;

namespace StaticMath.Robustness.Tests;

/// <summary>Values from content are HTML-escaped wherever they are put into a page: a title with a script is text.</summary>
public class EscapingTests
{
    private const string Evil = "<script>alert(1)</script>\"'&<b>";

    [Fact]
    public void Markup_in_front_matter_titles_alt_text_captions_tex_and_bibtex_is_text()
    {
        using var site = new TempSite();
        site.Write("_bibliography/refs.bib", "@article{k, title={" + Evil.Replace("{", "").Replace("}", "") + "}, author={" + "<img src=x onerror=alert(1)>" + "}, year={2020}}\n");
        site.Write("content/posts/2024-01-01-evil.md",
            "---\ntitle: '" + Evil.Replace("'", "''") + "'\ndescription: '" + Evil.Replace("'", "''") + "'\ntags: ['" + Evil.Replace("'", "''") + "']\nlayout: distill\nbibliography: refs.bib\n" +
            "authors:\n  - name: '<script>bad()</script>'\n---\n\n" +
            "![<script>alt()</script>](/i.png \"<script>t()</script>\")\n\n" +
            "$\\text{<script>tex()</script>}$ and $a<b>c$\n\n" +
            "<d-cite key=\"k\"></d-cite>\n");
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SM1199");

        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            var document = parser.ParseDocument(html);
            // The only scripts a page may have are ones the content wrote as raw HTML (none here).
            Assert.Empty(document.QuerySelectorAll("script"));
            Assert.Empty(document.QuerySelectorAll("[onerror]"));
            Assert.DoesNotContain("<script>", html);
        }
        var post = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "posts", "evil", "index.html")));
        // Shown as text where the page shows its title (the <title> drops tags, as Jekyll themes do, and escapes the rest).
        Assert.Contains("<script>alert(1)</script>", post.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("<", post.Title);
        var feed = File.ReadAllText(Path.Combine(site.Output, "feed.xml"));
        Assert.DoesNotContain("<script>alert", feed);
    }
}
