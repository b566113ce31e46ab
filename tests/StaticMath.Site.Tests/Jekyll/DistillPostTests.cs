using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Liquid;
using StaticMath.Site.Tests.Foundation;

namespace StaticMath.Site.Tests.Jekyll;

public class DistillPostTests
{
    private const string Bib = """
        @string{ icml = "International Conference on Machine Learning" }
        @article{ho2020, author = {Ho, Jonathan and Jain, Ajay and Abbeel, Pieter}, title = {Denoising Diffusion Probabilistic Models},
          journal = {NeurIPS}, year = 2020, doi = {10.5555/ddpm}}
        @inproceedings{song2021, author = {Yang Song and Stefano Ermon}, title = {Score-Based Generative Modeling}, booktitle = icml, year = 2021}
        @book{sarkka, author = {S{\"a}rkk{\"a}, Simo}, title = {Applied Stochastic Differential Equations}, publisher = {Cambridge}, year = 2019}
        """;

    private const string Post = """
        ---
        layout: post
        title: A Distill post
        date: 2026-01-02
        description: Testing Distill idioms
        authors:
          - name: Ada Lovelace
            url: "https://example.org/ada"
            affiliations:
              name: Analytical Engines
        bibliography: refs.bib
        toc:
          - name: Background
            subsections:
              - name: Scores
          - name: Results
        _styles: >
          .fake-img { background: #bbb; }
        ---
        <d-article>

        ## Background

        Diffusion models<d-cite key="ho2020,song2021"></d-cite> learn scores.<d-footnote>A *Distill* footnote.</d-footnote>
        Again <d-cite key="song2021"></d-cite> and a Markdown footnote[^md] then the book <d-cite key="sarkka, ho2020"></d-cite>.

        ### Scores

        {% include figure.liquid path="assets/img/score.png" class="img-fluid" alt="Score field" caption="The score field." %}

        <details markdown="1">
        <summary>Why $\nabla \log p$?</summary>

        Because **scores** ignore the normaliser. See [the paper](https://arxiv.org/abs/2006.11239){:target="_blank"}.

        </details>

        ## Results

        Last note.<d-footnote>Second Distill footnote.</d-footnote>

        [^md]: A Markdown footnote.

        </d-article>
        """;

    [Fact]
    public void Distill_post_builds_without_warnings_and_with_the_expected_structure()
    {
        using var site = new TempSite()
            .With("staticmath.yml", "title: T\n")
            .With("content/posts/2026-01-02-distill.md", Post)
            .With("content/posts/refs.bib", Bib)
            .With("static/assets/img/score.png", "not really a png");
        var result = site.Build();

        Assert.DoesNotContain(result.Diagnostics, d => d.Path.Contains("distill", StringComparison.Ordinal) || d.Code.StartsWith("SM4", StringComparison.Ordinal));
        Assert.True(result.Succeeded);
        var html = site.Read("posts/distill/index.html");
        var document = new HtmlParser().ParseDocument(html);

        // Citations: [1, 2], [2], [3, 1] — numbered by first appearance, repeated keys keep their number.
        var citations = document.QuerySelectorAll("span.citation").Select(c => Numbers(c)).ToList();
        Assert.Equal(["1,2", "2", "3,1"], citations);
        Assert.Empty(document.QuerySelectorAll("d-cite"));
        var firstLink = document.QuerySelector("span.citation a.citation-link")!;
        Assert.Equal("#ref-ho2020", firstLink.GetAttribute("href"));
        Assert.Equal("Jonathan Ho, Ajay Jain, and Pieter Abbeel. Denoising Diffusion Probabilistic Models. 2020",
            firstLink.QuerySelector(".citation-card")!.TextContent);

        // References at the end, in citation order, formatted.
        var references = document.QuerySelectorAll("section.references li.reference").ToList();
        Assert.Equal(["ref-ho2020", "ref-song2021", "ref-sarkka"], references.Select(r => r.Id));
        Assert.Contains("In <em>International Conference on Machine Learning</em>, 2021.", references[1].InnerHtml);
        Assert.StartsWith("<span class=\"ref-authors\">Simo Särkkä</span>", references[2].InnerHtml);
        Assert.NotNull(references[0].QuerySelector("a.ref-doi[href='https://doi.org/10.5555/ddpm']"));

        // Footnotes: Distill and Markdown footnotes share one list numbered by appearance.
        var refs = document.QuerySelectorAll("a.footnote-ref").ToList();
        Assert.Equal(["1", "2", "3"], refs.Select(r => r.TextContent));
        var notes = document.QuerySelectorAll("div.footnotes li").ToList();
        Assert.Equal(3, notes.Count);
        Assert.Contains("<em>Distill</em> footnote", notes[0].InnerHtml);
        Assert.Contains("A Markdown footnote", notes[1].TextContent);
        Assert.Contains("Second Distill footnote", notes[2].TextContent);
        Assert.All(notes, n => Assert.NotNull(n.QuerySelector("a.footnote-back-ref")));
        Assert.Single(document.QuerySelectorAll("div.footnotes"));
        Assert.Empty(document.QuerySelectorAll("d-footnote"));
        // Footnotes come before the references, after the article text.
        var endOrder = document.QuerySelectorAll("div.footnotes, section.references, h2#results").Select(e => e.LocalName).ToList();
        Assert.Equal(["h2", "div", "section"], endOrder);

        // TOC from front matter: theme links resolve to headings.
        foreach (var link in document.QuerySelectorAll("nav.toc a"))
            Assert.NotNull(document.GetElementById(link.GetAttribute("href")!.TrimStart('#')));
        Assert.Equal(3, document.QuerySelectorAll("nav.toc a").Length);

        // _styles in this page's head only.
        Assert.Contains(".fake-img { background: #bbb; }", document.Head!.QuerySelector("style[data-page-styles]")!.TextContent);

        // Figure include, details with Markdown inside, kramdown target attribute.
        var figure = document.QuerySelector("figure.figure")!;
        Assert.Equal("/assets/img/score.png", figure.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("The score field.", figure.QuerySelector("figcaption")!.TextContent);
        var details = document.QuerySelector("details")!;
        Assert.Contains("nabla", details.QuerySelector("summary")!.InnerHtml + details.QuerySelector("summary")!.QuerySelector("svg")?.GetAttribute("aria-label"));
        Assert.NotNull(details.QuerySelector("p strong"));
        Assert.Equal("_blank", details.QuerySelector("a[href='https://arxiv.org/abs/2006.11239']")!.GetAttribute("target"));
        Assert.DoesNotContain("markdown=\"1\"", html);
        Assert.DoesNotContain("{%", html);
        Assert.DoesNotContain("{:", html);
    }

    [Fact]
    public void Unknown_keys_and_a_missing_bibliography_are_warnings_at_the_authors_lines()
    {
        using var site = new TempSite()
            .With("staticmath.yml", "title: T\n")
            .With("content/posts/2026-01-02-a.md", "---\ntitle: A\nbibliography: refs.bib\n---\nSee <d-cite key=\"ho2020,nope\"></d-cite>.\n\nAnd <d-cite key=\"\"></d-cite>\n")
            .With("content/posts/refs.bib", Bib)
            .With("content/posts/2026-01-03-b.md", "---\ntitle: B\nbibliography: missing.bib\n---\nText\n\nSee <d-cite key=\"x\"></d-cite>.\n");
        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownCitationKey && d.Path == "content/posts/2026-01-02-a.md" && d.Line == 5 && d.Message.Contains("'nope'"));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.EmptyCitation && d.Line == 7);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingBibliography && d.Path == "content/posts/2026-01-03-b.md" && d.Line == 3);
        var a = new HtmlParser().ParseDocument(site.Read("posts/a/index.html"));
        Assert.Equal("[1, ?]", a.QuerySelector("span.citation")!.TextContent.Replace(a.QuerySelector(".citation-card")!.TextContent, ""));
        var b = new HtmlParser().ParseDocument(site.Read("posts/b/index.html"));
        Assert.Equal("[?]", b.QuerySelector("span.citation")!.TextContent);
    }

    [Fact]
    public void Kramdown_toc_marker_builds_a_nested_contents_list_without_no_toc_headings()
    {
        using var site = new TempSite()
            .With("staticmath.yml", "title: T\n")
            .With("content/posts/2026-01-02-t.md", "---\ntitle: T\n---\n* TOC\n{:toc}\n\n## One\n\n### One a\n\n## Two {: .no_toc}\n\n## Three\n");
        var result = site.Build();
        Assert.True(result.Succeeded);
        var document = new HtmlParser().ParseDocument(site.Read("posts/t/index.html"));
        var nav = Assert.Single(document.QuerySelectorAll("nav.toc"));
        Assert.Equal(["One", "One a", "Three"], nav.QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.NotNull(nav.QuerySelector("ul > li > ul > li > a[href='#one-a']"));
    }

    [Fact]
    public void Toc_true_gives_one_contents_box_whose_links_resolve()
    {
        using var site = new TempSite()
            .With("staticmath.yml", "title: T\n")
            .With("content/posts/2026-01-02-t.md", "---\ntitle: T\ntoc: true\n---\n## One\n\n### One a\n\n## Three\n");
        Assert.True(site.Build().Succeeded);
        var document = new HtmlParser().ParseDocument(site.Read("posts/t/index.html"));
        var nav = Assert.Single(document.QuerySelectorAll("nav.toc"));
        Assert.All(nav.QuerySelectorAll("a"), a => Assert.NotNull(document.GetElementById(a.GetAttribute("href")!.TrimStart('#'))));
        Assert.Equal(3, nav.QuerySelectorAll("a").Length);
    }

    private static string Numbers(IElement citation) =>
        string.Join(",", citation.QuerySelectorAll("a.citation-link").Select(a => a.ChildNodes.OfType<IText>().First().Data));
}
