using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Fidelity;

/// <summary>
/// Issue 22: processing instructions, CDATA and declarations pass through as written (CommonMark 180–182, 627–629)
/// instead of becoming comments whose text leaks onto the page.
/// </summary>
public sealed class VerbatimHtmlTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_php_block_from_a_migrated_wordpress_post_is_kept_as_written()
    {
        _site.Render("Old theme code:\n\n<?php\n  if ($a > $b) echo '>';\n?>\n\nThe $x$ after it is still math.\n");

        Assert.Contains("<?php\n  if ($a > $b) echo '>';\n?>", _site.LastHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--?php", _site.LastHtml, StringComparison.Ordinal);
        Assert.Contains("math-inline", _site.LastHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<![CDATA[\nif (a < b && a > 0) { run(); }\n]]>\n", "<![CDATA[\nif (a < b && a > 0) { run(); }\n]]>")]
    [InlineData("<!DOCTYPE html>\n", "<!DOCTYPE html>")]
    [InlineData("Inline <?xml-stylesheet href=\"a.xsl\"?> and <![CDATA[>&<]]> text.\n", "Inline <?xml-stylesheet href=\"a.xsl\"?> and <![CDATA[>&<]]> text.")]
    public void Cdata_declarations_and_inline_instructions_are_kept(string markdown, string kept)
    {
        _site.Render(markdown);
        Assert.Contains(kept, _site.LastHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("staticmath-verbatim", _site.LastHtml, StringComparison.Ordinal);
    }
}
