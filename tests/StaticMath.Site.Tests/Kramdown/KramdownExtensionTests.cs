using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Kramdown;

/// <summary>Issue 22: kramdown's <c>{::comment}</c>, <c>{::nomarkdown}</c> and <c>{::options /}</c> in Jekyll posts.</summary>
public sealed class KramdownExtensionTests : IDisposable
{
    private const string JekyllPostPath = "content/_posts/2020-09-28-notes.md";

    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Comment_leaves_no_trace_and_nomarkdown_passes_its_text_through()
    {
        var body = _site.Render("""
            Before.

            {::comment}
            TODO: cite the *lemma* and fix $x$.
            {:/comment}

            {::nomarkdown}
            <span class="raw">**not bold** and $not math$</span>
            {:/nomarkdown}

            After.
            """, JekyllPostPath);

        Assert.DoesNotContain("TODO", body.TextContent, StringComparison.Ordinal);
        Assert.Equal("**not bold** and $not math$", body.QuerySelector("span.raw")!.TextContent);
        Assert.Equal(["Before.", "After."], body.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Empty(_site.Diagnostics.Sorted());
    }

    [Fact]
    public void Text_after_a_closer_on_its_line_is_kept_and_reported()
    {
        var body = _site.Render("""
            {::comment}
            draft note
            {:/comment} The proof follows.

            {::nomarkdown}<b>raw</b>{:/nomarkdown} and so on.
            """, JekyllPostPath);

        Assert.DoesNotContain("draft note", body.TextContent, StringComparison.Ordinal);
        Assert.Equal("raw", body.QuerySelector("b")!.TextContent);
        Assert.Equal(["The proof follows.", "and so on."], body.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Equal([3, 5], _site.Warnings("SM1605").Select(w => w.Line));
    }

    [Fact]
    public void Options_are_applied_or_reported_never_dropped_silently()
    {
        var body = _site.Render("""
            {::options parse_block_html="true" math_engine="mathjax" footnote_backlink="&#8617;" /}

            <details>
            <summary>Proof</summary>

            By **induction** on $n$.

            </details>
            """, JekyllPostPath);

        Assert.Equal("induction", body.QuerySelector("details strong")!.TextContent);
        Assert.NotNull(body.QuerySelector("details svg"));
        var warning = Assert.Single(_site.Warnings("SM1604"));
        Assert.Equal(1, warning.Line);
        Assert.Contains("'footnote_backlink'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_parse_block_html_html_blocks_stay_raw()
    {
        var body = _site.Render("<details>\n<summary>Proof</summary>\nBy **induction**.\n</details>\n", JekyllPostPath);
        Assert.Null(body.QuerySelector("details strong"));
    }

    [Fact]
    public void An_unclosed_comment_keeps_its_text_with_a_warning()
    {
        var body = _site.Render("{::comment}\nThe words stay.\n", JekyllPostPath);

        Assert.Contains("The words stay.", body.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(_site.Warnings("SM1605")).Line);
    }
}
