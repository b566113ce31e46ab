using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Fidelity;

/// <summary>Issue 22: kramdown's <c>{::comment}</c> and <c>{::nomarkdown}</c> inside a paragraph, as kramdown reads them in span context.</summary>
public sealed class KramdownSpanExtensionTests : IDisposable
{
    private const string JekyllPost = "content/_posts/2020-03-01-notes.md";
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_comment_inside_a_sentence_is_dropped_and_the_sentence_kept()
    {
        var body = _site.Render("The rate is $O(1/n)${::comment} check the constant {:/comment} as shown in *the paper*.\n", JekyllPost);

        var paragraph = body.QuerySelector("p")!;
        Assert.DoesNotContain("check the constant", paragraph.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("{:", paragraph.TextContent, StringComparison.Ordinal);
        Assert.Equal("the paper", paragraph.QuerySelector("em")!.TextContent);
        Assert.EndsWith("as shown in the paper.", paragraph.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Nomarkdown_inside_a_sentence_is_written_as_it_is()
    {
        var body = _site.Render("Press {::nomarkdown}<kbd>Ctrl</kbd>+<kbd>*C*</kbd>{:/} to copy,\nthen paste {::nomarkdown}**here**{:/nomarkdown}.\n", JekyllPost);

        Assert.Contains("Press <kbd>Ctrl</kbd>+<kbd>*C*</kbd> to copy,\nthen paste **here**.", _site.LastHtml, StringComparison.Ordinal);
        Assert.Null(body.QuerySelector("em, strong"));
    }

    [Fact]
    public void An_unclosed_span_extension_keeps_its_text()
    {
        var body = _site.Render("We keep {::comment} this sentence.\n", JekyllPost);

        Assert.Contains("{::comment} this sentence.", body.TextContent, StringComparison.Ordinal);
    }
}
