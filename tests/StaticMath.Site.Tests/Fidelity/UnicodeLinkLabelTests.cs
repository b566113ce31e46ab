using StaticMath.Site.Tests.Blocks;

namespace StaticMath.Site.Tests.Fidelity;

/// <summary>Issue 22: reference labels match by Unicode case folding (CommonMark example 542), with or without ICU.</summary>
public sealed class UnicodeLinkLabelTests : IDisposable
{
    private readonly BlockTestSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("Die [Straße] ist lang.", "[STRASSE]: https://example.org/strasse")]
    [InlineData("See [ẞ].", "[SS]: /url")]
    [InlineData("The [ﬁeld   notes] are online.", "[Field Notes]: /notes")]
    [InlineData("Ein [Σίσυφος] Mythos.", "[ΣΊΣΥΦΟΣ]: /sisyphus")]
    public void Labels_that_fold_alike_match(string paragraph, string definition)
    {
        var body = _site.Render($"{paragraph}\n\n{definition}\n");
        var link = body.QuerySelector("p a");
        Assert.NotNull(link);
        Assert.Equal(definition[(definition.IndexOf("]: ", StringComparison.Ordinal) + 3)..], link!.GetAttribute("href"));
    }

    [Fact]
    public void Labels_that_differ_do_not_match()
    {
        var body = _site.Render("See [Strase].\n\n[STRASSE]: /url\n");
        Assert.Null(body.QuerySelector("p a"));
        Assert.Equal("See [Strase].", body.QuerySelector("p")!.TextContent);
    }
}
