using StaticMath.Site.Configuration;
using StaticMath.Site.Markdown.Extensions.KramdownExtensions;
using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Fidelity;

/// <summary>
/// Issue 22: kramdown's <c>parse_block_html</c> as a site setting (Jekyll sets it in <c>_config.yml</c>), and Markdown
/// inside the <c>&lt;summary&gt;</c> of a details block that holds Markdown.
/// </summary>
public sealed class ParseBlockHtmlTests
{
    // In the style of al-folio posts that fold proofs away.
    private const string FoldedProof = """
        The bound follows from the lemma.

        <details>
        <summary>Proof of **Lemma 2** for $n > 1$</summary>
        By **induction** on $n$.
        </details>
        """;

    [Fact]
    public void The_site_setting_gives_every_post_markdown_inside_html_blocks()
    {
        using var site = new BlockTestSite(new SiteConfig { Sections = { new KramdownConfig { ParseBlockHtml = true } } });
        var body = site.Render(FoldedProof);

        Assert.Equal("induction", body.QuerySelector("details > p > strong")!.TextContent);
    }

    [Fact]
    public void A_page_can_turn_the_site_setting_off()
    {
        using var site = new BlockTestSite(new SiteConfig { Sections = { new KramdownConfig { ParseBlockHtml = true } } });
        var body = site.Render("{::options parse_block_html=\"false\" /}\n\n" + FoldedProof);

        Assert.Null(body.QuerySelector("details strong"));
        Assert.Contains("By **induction**", body.QuerySelector("details")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_of_a_markdown_details_block_is_markdown_too()
    {
        using var site = new BlockTestSite(new SiteConfig { Sections = { new KramdownConfig { ParseBlockHtml = true } } });
        var body = site.Render(FoldedProof);

        var summary = body.QuerySelector("details > summary")!;
        Assert.Equal("Lemma 2", summary.QuerySelector("strong")!.TextContent);
        Assert.NotNull(summary.QuerySelector(".math-inline svg"));
        Assert.DoesNotContain("**", summary.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_with_attributes_and_markdown_1_details_keeps_its_attributes()
    {
        using var site = new BlockTestSite();
        var body = site.Render("<details markdown=\"1\">\n<summary class=\"proof\">Why *this* works</summary>\n\nBecause.\n</details>\n");

        var summary = body.QuerySelector("details > summary.proof")!;
        Assert.Equal("this", summary.QuerySelector("em")!.TextContent);
    }
}
