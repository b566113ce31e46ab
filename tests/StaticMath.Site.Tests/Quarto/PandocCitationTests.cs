using AngleSharp.Dom;
using StaticMath.Site.Tests.Math;

namespace StaticMath.Site.Tests.Quarto;

/// <summary>Pandoc/Quarto citations from the page's bibliography, in Quarto's default Chicago author-date style.</summary>
public sealed class PandocCitationTests : IDisposable
{
    private const string Bib = """
        @article{smith2020, author = {Smith, Anna}, title = {Score Matching}, journal = {JMLR}, year = 2020}
        @article{smith2020b, author = {Smith, Anna}, title = {Another Paper}, journal = {JMLR}, year = 2020}
        @book{jones2019, author = {Jones, Bob and Lee, Carol}, title = {Diffusion}, publisher = {MIT Press}, year = 2019}
        @inproceedings{many2021, author = {Ho, J. and Jain, A. and Abbeel, P. and Kumar, A.}, title = {Four}, booktitle = {NeurIPS}, year = 2021}
        @misc{unused, author = {Nobody, Ned}, title = {Never Cited}, year = 1999}
        """;

    private readonly List<MathTestSite> _sites = [];

    private (MathTestSite Site, IElement Body) Render(string markdown, bool withBibliography = true, int bodyLineOffset = 1)
    {
        var site = new MathTestSite();
        _sites.Add(site);
        Directory.CreateDirectory(Path.Combine(site.Directory, "content", "posts"));
        File.WriteAllText(Path.Combine(site.Directory, "content", "posts", "refs.bib"), Bib);
        var frontMatter = withBibliography ? new Dictionary<string, object?> { ["bibliography"] = "refs.bib" } : null;
        return (site, site.Render(markdown, bodyLineOffset, frontMatter));
    }

    private static List<string> Citations(IElement body) =>
        body.QuerySelectorAll(".citation").Select(c => Text(c)).ToList();

    /// <summary>Visible text: without the hover cards.</summary>
    private static string Text(IElement element)
    {
        var clone = (IElement)element.Clone();
        foreach (var card in clone.QuerySelectorAll(".citation-card").ToList())
        {
            card.Remove();
        }

        return clone.TextContent;
    }

    [Fact]
    public void Bracketed_bare_suppressed_and_located_citations_read_as_quarto_renders_them()
    {
        var (site, body) = Render("""
            Scores [@smith2020] and models [@smith2020b; @jones2019]. As @jones2019 show,
            see [see @smith2020, p. 33] and [-@jones2019], or @many2021 [pp. 4-5] and @jones2019 [chap. 2].
            """);
        // Two works by Smith in 2020: letters in reference-list (title) order, "Another Paper" first.
        Assert.Equal(["(Smith 2020b)", "(Smith 2020a; Jones and Lee 2019)", "Jones and Lee (2019)", "(see Smith 2020b, 33)", "(2019)", "Ho et al. (2021, 4–5)", "Jones and Lee (2019, chap. 2)"],
            Citations(body));
        Assert.Empty(site.Diagnostics.Sorted());
    }

    [Fact]
    public void A_page_citing_with_pandoc_and_distill_has_one_references_section_and_unique_ids()
    {
        var (site, body) = Render("Pandoc [@smith2020], Distill <d-cite key=\"smith2020,jones2019\"></d-cite>.\n");

        var ids = body.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Single(body.QuerySelectorAll("#references"));
        Assert.Single(body.QuerySelectorAll("section.references h2"));
        // The pandoc citation links to its author-date entry, each numbered one to its own entry of the numbered list.
        var targets = body.QuerySelectorAll("a.citation-link").Select(a => body.QuerySelector("#" + a.GetAttribute("href")!.TrimStart('#'))!.LocalName).ToList();
        Assert.Equal(["div", "li", "li"], targets);
        Assert.Empty(site.Diagnostics.Sorted());
    }

    [Fact]
    public void Citations_link_to_a_references_section_of_the_cited_works_in_author_date_order()
    {
        var (_, body) = Render("First [@smith2020b], then @jones2019 and [@smith2020].\n\nA footnote.[^1]\n\n[^1]: Note.\n");
        var links = body.QuerySelectorAll("a.citation-link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#ref-smith2020b", "#ref-jones2019", "#ref-smith2020"], links);
        var entries = body.QuerySelectorAll("#references .csl-entry").Select(e => e.Id).ToList();
        Assert.Equal(["ref-jones2019", "ref-smith2020b", "ref-smith2020"], entries);
        Assert.StartsWith("Jones, Bob, and Carol Lee. 2019. Diffusion.", body.QuerySelector("#ref-jones2019")!.TextContent);
        Assert.Contains("2020a", body.QuerySelector("#ref-smith2020b")!.TextContent);
        Assert.DoesNotContain("Never Cited", body.TextContent);
        var references = body.QuerySelector("#references")!;
        Assert.True(references.CompareDocumentPosition(body.QuerySelector(".footnotes")!).HasFlag(DocumentPositions.Following),
            "references come before the footnotes");
    }

    [Fact]
    public void A_refs_div_places_the_list_where_the_author_wants_it()
    {
        var (_, body) = Render("Text [@jones2019].\n\n## Bibliography\n\n::: {#refs}\n:::\n\n## Appendix\n\nMore.\n");
        Assert.Null(body.QuerySelector("#references"));
        Assert.NotNull(body.QuerySelector("#refs #ref-jones2019"));
        Assert.Equal("H2", body.QuerySelector("#refs")!.NextElementSibling!.TagName);
    }

    [Fact]
    public void Unknown_key_is_a_warning_naming_it_at_its_line_and_shows_question_key()
    {
        var (site, body) = Render("Intro.\n\nAs shown [see @nobody2000, p. 2; @jones2019].\n", bodyLineOffset: 5);
        var warning = Assert.Single(site.Diagnostics.Sorted());
        Assert.Equal("SM1303", warning.Code);
        Assert.Equal(7, warning.Line);
        Assert.Equal(10, warning.Column);
        Assert.Contains("'nobody2000'", warning.Message);
        Assert.Equal(["(see ?nobody2000, 2; Jones and Lee 2019)"], Citations(body));
        Assert.Equal("?nobody2000", body.QuerySelector("strong.citation-missing")!.TextContent);
    }

    [Fact]
    public void Email_addresses_links_and_footnote_labels_are_not_citations()
    {
        var (site, body) = Render("Mail me@example.com or [me@example.com](mailto:me@example.com); [a link](https://x.org/@smith2020).[^n]\n\n[^n]: Note.\n");
        Assert.Empty(body.QuerySelectorAll(".citation"));
        Assert.Contains("Mail me@example.com or me@example.com", body.TextContent);
        Assert.Empty(site.Diagnostics.Sorted());
    }

    [Fact]
    public void Without_a_bibliography_a_bare_at_name_stays_text_but_a_bracket_warns()
    {
        var (site, body) = Render("Follow @someone on social media.\n\nCited [@smith2020].\n", withBibliography: false);
        Assert.Contains("Follow @someone on social media.", body.TextContent);
        var warning = Assert.Single(site.Diagnostics.Sorted());
        Assert.Equal("SM1303", warning.Code);
        Assert.Contains("names no bibliography", warning.Message);
        Assert.Equal(["(?smith2020)"], Citations(body));
    }

    [Fact]
    public void A_missing_bib_file_is_a_warning_at_the_front_matter_key()
    {
        var site = new MathTestSite();
        _sites.Add(site);
        var body = site.Render("See [@smith2020].\n", frontMatter: new Dictionary<string, object?> { ["bibliography"] = "nowhere.bib" });
        Assert.Single(site.Warnings("SM1302"));
        Assert.Single(site.Warnings("SM1303"));
        Assert.Equal(["(?smith2020)"], Citations(body));
    }

    public void Dispose()
    {
        foreach (var site in _sites)
        {
            site.Dispose();
        }
    }
}
