using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Fidelity;

/// <summary>Issue 22: inline HTML left open in a paragraph is closed at its end with a warning (kramdown's rule).</summary>
public sealed class UnclosedInlineTagTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void An_unclosed_strong_does_not_bold_the_rest_of_the_post()
    {
        var body = _site.Render("Intro.\n\n<strong>Note: the bound needs $n > d$.\n\n## Proof\n\nPlain text here.\n", bodyLineOffset: 4);

        Assert.Single(body.QuerySelectorAll("strong"));
        Assert.Null(body.QuerySelector("h2 strong, p:last-child strong"));
        Assert.Equal("Plain text here.", body.QuerySelector("p:last-child")!.TextContent);
        var warning = Assert.Single(_site.Warnings("SM1601"));
        Assert.Equal(6, warning.Line); // body line 3, the body starting at file line 4
        Assert.Contains("<strong>", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Closed_and_void_inline_tags_are_left_alone()
    {
        _site.Render("A <span class=\"smallcaps\">Lemma</span> with a<br>break, <img src=\"x.png\" alt=\"x\"/> and <kbd>Ctrl</kbd>.\n");
        Assert.Empty(_site.Warnings("SM1601"));
        Assert.Contains("<span class=\"smallcaps\">Lemma</span>", _site.LastHtml, StringComparison.Ordinal);
    }
}
