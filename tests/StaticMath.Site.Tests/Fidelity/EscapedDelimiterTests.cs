using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Fidelity;

/// <summary>Issue 22: escaped punctuation that happens to pair up as <c>\(\)</c> or <c>\[\\\]</c> is text, not empty math.</summary>
public sealed class EscapedDelimiterTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData(@"Escape these in Markdown: \*, \_, \(\), \[\\\] and \#.", @"Escape these in Markdown: *, _, (), [\] and #.")]
    [InlineData(@"An empty call \( \) does nothing.", "An empty call ( ) does nothing.")]
    public void Empty_backslash_math_keeps_its_characters_as_text(string markdown, string text)
    {
        var body = _site.Render(markdown + "\n");

        Assert.Equal(text, body.QuerySelector("p")!.TextContent);
        Assert.Empty(body.QuerySelectorAll("svg"));
    }

    [Fact]
    public void Backslash_math_with_content_is_still_typeset() =>
        Assert.NotNull(_site.Render(@"Let \(x\) be real." + "\n").QuerySelector(".math-inline svg"));
}
