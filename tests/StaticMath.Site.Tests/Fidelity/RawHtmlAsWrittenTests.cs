using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Fidelity;

/// <summary>
/// Issue 22: raw HTML reaches the page as the author wrote it, not as the HTML5 parser rebuilt it (implied
/// <c>&lt;tbody&gt;</c>, elements closed at the block's end, stray end tags dropped, attributes re-quoted).
/// </summary>
public sealed class RawHtmlAsWrittenTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_results_table_written_without_tbody_is_kept_as_written()
    {
        const string table = "<table class=\"table table-sm\">\n  <tr><th>Model</th><th>FID</th></tr>\n  <tr><td>DDPM</td><td>3.17</td></tr>\n</table>\n";
        _site.Render("The scores we measured:\n\n" + table + "\nLower is better.\n");

        Assert.Contains(table, _site.LastHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("tbody", _site.LastHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_opened_and_closed_around_markdown_keeps_its_tags_once()
    {
        _site.Render("<div class=\"row mt-3\">\n\nThe **left** column.\n\n</div>\n\nAfter the row.\n");

        Assert.StartsWith("<div class=\"row mt-3\">\n<p>The <strong>left</strong> column.</p>\n</div>\n", _site.LastHtml, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(_site.LastHtml, "</div>"));
    }

    [Fact]
    public void Attributes_quoted_as_the_author_wrote_them_and_stray_end_tags_stay()
    {
        _site.Render("We train the <abbr title='Stochastic differential equation'>SDE</abbr> model </span> for a day.\n");

        Assert.Contains("<abbr title='Stochastic differential equation'>SDE</abbr> model </span> for a day.", _site.LastHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_left_open_gets_no_end_tag_the_author_did_not_write()
    {
        _site.Render("<div class=\"note\">\nSee the appendix.\n\nThe last paragraph.\n");

        Assert.Equal("<div class=\"note\">\nSee the appendix.\n<p>The last paragraph.</p>\n", _site.LastHtml);
    }

    [Fact]
    public void Raw_html_a_pass_changes_is_still_processed()
    {
        _site.Render("<div class=\"theorem\">\nFor every $x$ the bound holds.\n</div>\n\n<table>\n<tr><td>untouched</td></tr>\n</table>\n");

        Assert.Contains("math-inline", _site.LastHtml, StringComparison.Ordinal);
        Assert.Contains("<table>\n<tr><td>untouched</td></tr>\n</table>", _site.LastHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("staticmath-raw", _site.LastHtml, StringComparison.Ordinal);
    }
}
