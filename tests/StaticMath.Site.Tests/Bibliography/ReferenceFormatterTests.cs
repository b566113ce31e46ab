using StaticMath.Site.Bibliography;

namespace StaticMath.Site.Tests.Bibliography;

public class ReferenceFormatterTests
{
    private static BibEntry Entry(string bib) => Assert.Single(BibTexParser.Parse(bib).Entries);

    [Fact]
    public void Formats_an_article_with_authors_title_venue_year_and_doi_link()
    {
        var html = ReferenceFormatter.ToHtml(Entry("""
            @article{a, author={Ho, Jonathan and Jain, Ajay and Abbeel, Pieter}, title={Denoising Diffusion},
              journal={J. Mach. Learn.}, volume=3, number={2}, pages={1--10}, year=2020, doi={10.1000/xyz}}
            """));
        Assert.Equal(
            "<span class=\"ref-authors\">Jonathan Ho, Ajay Jain, and Pieter Abbeel</span>. " +
            "<span class=\"ref-title\">Denoising Diffusion</span>. " +
            "<em>J. Mach. Learn.</em>, 3(2), pp. 1–10, 2020. " +
            "<a class=\"ref-doi\" href=\"https://doi.org/10.1000/xyz\">doi:10.1000/xyz</a>", html);
    }

    [Fact]
    public void Formats_inproceedings_thesis_report_and_arxiv_misc_consistently()
    {
        Assert.Contains("In <em>ICLR</em>, 2021.", ReferenceFormatter.ToHtml(Entry("@inproceedings{k, author={A B}, title={T}, booktitle={ICLR}, year=2021}")));
        Assert.Contains("PhD thesis, MIT, 1999.", ReferenceFormatter.ToHtml(Entry("@phdthesis{k, author={A B}, title={T}, school={MIT}, year=1999}")));
        Assert.Contains("Technical Report 42, Bell Labs", ReferenceFormatter.ToHtml(Entry("@techreport{k, title={T}, number=42, institution={Bell Labs}}")));
        var misc = ReferenceFormatter.ToHtml(Entry("@misc{k, author={A B and C D}, title={Why?}, eprint={2101.00001}, archivePrefix={arXiv}, year=2021}"));
        Assert.Contains("<span class=\"ref-title\">Why?</span> arXiv:2101.00001, 2021.", misc);
        Assert.Contains("href=\"https://arxiv.org/abs/2101.00001\"", misc);
    }

    [Fact]
    public void Escapes_html_and_builds_hover_text()
    {
        var entry = Entry("@misc{k, author={Smith, J. and others}, title={Sets <A> & {B}}, year=1900, url={https://x.org/?a=1&b=2}}");
        var html = ReferenceFormatter.ToHtml(entry);
        Assert.Contains("Sets &lt;A&gt; &amp; B", html);
        Assert.Contains("href=\"https://x.org/?a=1&amp;b=2\"", html);
        Assert.Equal("J. Smith et al. Sets <A> & B. 1900", ReferenceFormatter.ToHoverText(entry));
    }
}
