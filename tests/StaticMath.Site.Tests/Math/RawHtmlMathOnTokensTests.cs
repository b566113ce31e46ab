using AngleSharp.Html.Parser;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Markdown.Extensions.Math;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Tests.Math;

/// <summary>Math written in raw HTML, typeset on the page's tokens: the text tokens the DOM version would split, split the same way.</summary>
public sealed class RawHtmlMathOnTokensTests
{
    private static PageRenderContext Context(bool slots = true, params (string Tex, bool Display)[] registered)
    {
        var build = new SiteBuildContext(new SiteConfig(), new BuildOptions { SourceDirectory = Path.GetTempPath(), NoCache = true },
            new DiagnosticBag(), ThemeFiles.EmbeddedDefault());
        var page = new Page
        {
            SourcePath = "content/posts/p.md", ContentPath = "posts/p.md", Kind = PageKind.Post, Title = "P", Slug = "p",
            Url = "/posts/p/", OutputPath = "posts/p/index.html", Body = "",
        };
        var ctx = new PageRenderContext(page, build);
        if (slots) ctx.GetOrAddFeature(() => new MathSvgSlots());
        foreach (var (tex, display) in registered) PageMath.For(ctx).RegisterRaw(tex, display, 1, 0);
        return ctx;
    }

    [Fact]
    public void Eligible_text_tokens_skip_code_scripts_and_math_already_rendered()
    {
        var tokens = FragmentTokens.Read(
            "<figure><figcaption>See $x$</figcaption></figure><pre>$no$</pre><code>$no$</code><span class=\"math-inline\">$no<em>$no$</em></span>" +
            "<kbd>$no$</kbd><p>and $y$</p>plain")!.Tokens;
        Assert.Equal(["See $x$", "and $y$"], RawHtmlMathScanner.EligibleTextTokens(tokens).Select(i => tokens[i].Data));
    }

    [Fact]
    public void Text_is_split_around_the_equations_as_the_DOM_version_splits_it()
    {
        const string Fragment = "<div class=\"theorem\"><p>Let $x$, \\(y\\) and $w$ &amp; <code>$x$</code> then\n$$z$$.</p></div>";
        var pass = new RawHtmlMathPostProcessor();
        var ctx = Context(registered: [("x", false), ("y", false), ("z", true)]);
        var tokens = FragmentTokens.Read(Fragment)!;
        Assert.False(pass.NeedsDom(tokens, ctx));
        pass.ProcessTokens(tokens, ctx);

        var domCtx = Context(registered: [("x", false), ("y", false), ("z", true)]);
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        document.Body!.InnerHtml = Fragment;
        pass.Process(document, document.Body, domCtx);

        var html = MathSvgSlots.For(ctx)!.Splice(tokens.Write());
        Assert.Equal(MathSvgSlots.For(domCtx)!.Splice(LinearHtmlSerializer.InnerHtml(document.Body)), html);
        Assert.StartsWith("<div class=\"theorem\"><p>Let <span class=\"math-inline\"><svg", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"math-tex\" aria-hidden=\"true\">$x$</span></span>, <span class=\"math-inline\">", html, StringComparison.Ordinal);
        // $w$ was not found in the page's raw HTML, and code is never typeset.
        Assert.Contains("</span> and $w$ &amp; <code>$x$</code> then\n<span class=\"math-display\">", html, StringComparison.Ordinal);
        Assert.EndsWith("<span class=\"math-tex\" aria-hidden=\"true\">$$z$$</span></span>.</p></div>", html, StringComparison.Ordinal);
        // Each text token is a text node of the DOM version (the pieces between equations stay apart).
        Assert.Equal(1, tokens.Tokens.Count(t => t is { Kind: FragmentTokenKind.Text, Data: ", " }));
    }

    [Theory]
    [InlineData("<h2 id=\"h\">The case $x$</h2>", true)]
    [InlineData("<h2>The case $x$</h2>", true)]
    [InlineData("<p>a&#13;b $x$</p>", true)]
    [InlineData("<p>the case $x$</p>", true)]
    public void Only_math_the_tokens_cannot_take_asks_for_the_DOM(string fragment, bool slots)
    {
        var tokens = FragmentTokens.Read(fragment)!;
        var asks = new RawHtmlMathPostProcessor().NeedsDom(tokens, Context(slots, ("x", false)));
        var withCarriageReturn = fragment.Contains("&#13;", StringComparison.Ordinal);
        Assert.Equal(withCarriageReturn || !slots, asks);
    }

    [Fact]
    public void A_page_without_the_engines_svgs_held_aside_asks_for_the_DOM() =>
        Assert.True(new RawHtmlMathPostProcessor().NeedsDom(FragmentTokens.Read("<p>$x$</p>")!, Context(slots: false, ("x", false))));
}
