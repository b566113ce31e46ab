using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Jekyll;

/// <summary>
/// Keeps content/docs/migrating-from-jekyll.md true: every ```markdown example in it builds as a post without
/// warnings and leaves no Jekyll syntax in the output; the Distill example uses the page's own front matter and
/// BibTeX examples.
/// </summary>
public partial class MigrationGuideTests
{
    private static readonly string GuidePath = Path.Combine(RepositoryRoot(), "content", "docs", "migrating-from-jekyll.md");

    // A 1×1 PNG, so image checks find a real file.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    [Fact]
    public void Every_example_of_the_migration_guide_builds_cleanly()
    {
        var guide = File.ReadAllText(GuidePath);
        var examples = Blocks(guide, "markdown");
        var frontMatter = Assert.Single(Blocks(guide, "yaml"));
        var bib = Assert.Single(Blocks(guide, "bibtex"));
        Assert.True(examples.Count >= 5, "the guide should show its features");
        var bibName = Regex.Match(frontMatter, @"bibliography:\s*(\S+)").Groups[1].Value;

        using var site = new TempSite().With("staticmath.yml", "title: Guide\n").With("_bibliography/" + bibName, bib)
            .With("content/docs/migrating-from-jekyll.md", guide);
        File.WriteAllBytes(Path.Combine(site.Root, "diagram.png"), Png);
        site.With("static/assets/video/demo.mp4", "");
        Directory.CreateDirectory(Path.Combine(site.Root, "static/assets/img"));
        File.Copy(Path.Combine(site.Root, "diagram.png"), Path.Combine(site.Root, "static/assets/img/diagram.png"));
        for (var i = 0; i < examples.Count; i++)
        {
            var head = examples[i].Contains("<d-cite", StringComparison.Ordinal)
                ? frontMatter.Trim() + "\n"
                : $"---\ntitle: Example {i}\n---\n";
            site.With($"content/posts/2026-01-{i + 1:00}-example-{i}.md", head + examples[i]);
        }

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        for (var i = 0; i < examples.Count; i++)
        {
            var html = site.Read($"posts/example-{i}/index.html");
            var text = OutsideCode(new HtmlParser().ParseDocument(html).QuerySelector("main")!);
            foreach (var leftover in new[] { "{%", "{{", "<d-cite", "d-footnote", "markdown=\"1\"", "{:" })
                Assert.False(text.Contains(leftover, StringComparison.Ordinal), $"example {i} left '{leftover}' in its output");
        }

        var distillIndex = examples.FindIndex(e => e.Contains("<d-cite", StringComparison.Ordinal));
        var distill = new HtmlParser().ParseDocument(site.Read($"posts/example-{distillIndex}/index.html"));
        Assert.Equal(2, distill.QuerySelectorAll("section.references li.reference").Length);
        Assert.Equal(2, distill.QuerySelectorAll("div.footnotes li").Length);
        // The guide itself opts out of Liquid, so its examples show literally.
        var page = site.Read("docs/migrating-from-jekyll/index.html");
        Assert.Contains("{% include figure.liquid path=", System.Net.WebUtility.HtmlDecode(page));
    }

    private static List<string> Blocks(string markdown, string language) =>
        FencedBlock().Matches(markdown).Where(m => m.Groups[1].Value == language).Select(m => m.Groups[2].Value).ToList();

    /// <summary>Serialised HTML of an element with pre/code removed (Jekyll syntax may legitimately appear there).</summary>
    private static string OutsideCode(IElement element)
    {
        var clone = (IElement)element.Clone(deep: true);
        foreach (var code in clone.QuerySelectorAll("pre, code").ToList()) code.Remove();
        return clone.InnerHtml;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StaticMath.sln"))) return dir.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    [GeneratedRegex(@"^```(\w+)\n(.*?)^```\s*$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedBlock();
}
