using AngleSharp.Html.Parser;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Markdown.Extensions;
using StaticMath.Site.Markdown.Extensions.Callouts;
using StaticMath.Site.Pipeline;
using StaticMath.Site.Tests.Engine;

namespace StaticMath.Site.Tests.Blocks;

/// <summary>
/// The callout pass on tokens (pages that need no DOM): the exact HTML and references the DOM version gives, and the
/// few structures it still leaves to the DOM.
/// </summary>
public sealed class CalloutTokenTests
{
    private static PageRenderContext Context()
    {
        var build = new SiteBuildContext(new SiteConfig(), new BuildOptions { SourceDirectory = Path.GetTempPath(), NoCache = true },
            new DiagnosticBag(), ThemeFiles.EmbeddedDefault());
        var page = new Page
        {
            SourcePath = "content/posts/p.md", ContentPath = "posts/p.md", Kind = PageKind.Post, Title = "P", Slug = "p",
            Url = "/posts/p/", OutputPath = "posts/p/index.html", Body = "",
        };
        return new PageRenderContext(page, build);
    }

    /// <summary>The fragment through the pass on its tokens, checked against the DOM version; the HTML and the reference for <paramref name="id"/>.</summary>
    private static (string Html, string? Reference) OnTokens(string fragment, string id, string numbering = "per-kind")
    {
        var pass = new CalloutHtmlPostProcessor(new CalloutsConfig { Numbering = numbering });
        var tokens = FragmentTokens.Read(fragment)!;
        var ctx = Context();
        Assert.False(pass.NeedsDom(tokens, ctx));
        pass.ProcessTokens(tokens, ctx);
        var html = tokens.Write();

        var domCtx = Context();
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        document.Body!.InnerHtml = fragment;
        pass.Process(document, document.Body, domCtx);
        Assert.Equal(LinearHtmlSerializer.InnerHtml(document.Body), html);

        string? reference = ctx.FindFeature<BlockReferenceTable>()!.TryGet(id, out var text) ? text : null;
        string? domReference = domCtx.FindFeature<BlockReferenceTable>()!.TryGet(id, out var domText) ? domText : null;
        Assert.Equal(domReference, reference);
        return (html, reference);
    }

    [Fact]
    public void A_plain_theorem_div_is_upgraded_named_and_numbered()
    {
        var (html, reference) = OnTokens("<div class=\"theorem\" id=\"t1\" data-title=\"A &amp; B\">Let x.</div>", "t1");
        Assert.Equal(
            "<div class=\"theorem math-callout math-callout--theorem\" id=\"t1\"><p class=\"math-callout__title\"><span class=\"math-callout__label\">Theorem " +
            "<span class=\"math-callout__number\">1</span></span><span class=\"math-callout__name\">(A &amp; B)</span></p>Let x.</div>", html);
        Assert.Equal("Theorem 1", reference);
    }

    [Fact]
    public void A_box_whose_title_comes_after_an_inner_box_has_both_labels_numbered_in_place()
    {
        // The outer box is numbered first, but its label comes after the inner box's in the page (found by the fuzz test:
        // the labels' contents were replaced out of order, and the page's tokens lost their structure).
        const string Fragment =
            "<div class=\"math-callout\" data-sm-callout=\"theorem\" id=\"outer\"><div class=\"math-callout\" data-sm-callout=\"definition\" id=\"inner\">" +
            "<p class=\"math-callout__title\"><span class=\"math-callout__label\">Definition</span></p>in</div>" +
            "<p class=\"math-callout__title\"><span class=\"math-callout__label\">Theorem</span></p>out</div>";
        var (html, reference) = OnTokens(Fragment, "outer");
        Assert.Equal("Theorem 1", reference);
        Assert.Equal("Definition 1", OnTokens(Fragment, "inner").Reference);
        Assert.Equal(
            "<div class=\"math-callout\" id=\"outer\"><div class=\"math-callout\" id=\"inner\"><p class=\"math-callout__title\"><span class=\"math-callout__label\">" +
            "Definition <span class=\"math-callout__number\">1</span></span></p>in</div><p class=\"math-callout__title\"><span class=\"math-callout__label\">" +
            "Theorem <span class=\"math-callout__number\">1</span></span></p>out</div>", html);
    }

    [Fact]
    public void Adding_the_box_class_writes_the_class_list_back_normalised()
    {
        var (html, _) = OnTokens("<div class=\"remark  theorem\tremark\" title=\"T\">x</div>", "");
        Assert.Equal(
            "<div class=\"remark theorem math-callout math-callout--remark\" title=\"T\"><p class=\"math-callout__title\"><span class=\"math-callout__label\">Remark " +
            "<span class=\"math-callout__number\">1</span></span><span class=\"math-callout__name\">(T)</span></p>x</div>", html);
    }

    [Fact]
    public void Numbering_counts_by_family_and_skips_boxes_without_a_label()
    {
        const string Fragment =
            "<div class=\"lemma\" id=\"a\">a</div><div class=\"definition\">b</div><div data-sm-callout=\"theorem\" id=\"c\">no title</div><div class=\"corollary\" id=\"d\">d</div>";
        Assert.Equal("Corollary 2", OnTokens(Fragment, "d").Reference);
        Assert.Equal("Corollary 3", OnTokens(Fragment, "d", "shared").Reference);
        Assert.Equal("Corollary", OnTokens(Fragment, "d", "none").Reference);
        Assert.Null(OnTokens(Fragment, "c").Reference);
    }

    [Fact]
    public void An_unnumbered_box_with_an_id_is_a_reference_target()
    {
        var (_, reference) = OnTokens(
            "<div class=\"math-callout math-callout--note\" id=\"n\"><p class=\"math-callout__title\"><span class=\"math-callout__label\"> Careful </span></p></div>", "n");
        Assert.Equal("Careful", reference);
    }

    [Fact]
    public void A_proof_ends_with_the_mark_in_its_last_paragraph_or_on_a_line_of_its_own()
    {
        const string Title = "<p class=\"math-callout__title\"><span class=\"math-callout__label\">Proof</span></p>";
        const string Mark = "<span class=\"math-callout__qed\" aria-label=\"end of proof\">∎</span>";
        Assert.Equal("<div class=\"math-callout math-callout--proof\">" + Title + "<p>Done." + Mark + "</p></div>",
            OnTokens("<div class=\"math-callout math-callout--proof\">" + Title + "<p>Done.</p></div>", "").Html);
        Assert.Equal("<div class=\"math-callout math-callout--proof\">" + Title + "<ul><li>x</li></ul><p class=\"math-callout__qed-line\">" + Mark + "</p></div>",
            OnTokens("<div class=\"math-callout math-callout--proof\">" + Title + "<ul><li>x</li></ul></div>", "").Html);
        // A plain proof div is ended by the theme's CSS; a proof that has its mark keeps it.
        Assert.DoesNotContain("qed", OnTokens("<div class=\"proof\"><p>x</p></div>", "").Html, StringComparison.Ordinal);
        Assert.Equal(1, OnTokens("<div class=\"math-callout--proof\"><p>x<span class=\"math-callout__qed\">∎</span></p></div>", "").Html.Split("qed").Length - 1);
    }

    [Theory]
    [InlineData("<div data-sm-callout=\"theorem\"><p class=\"math-callout__title\"><span class=\"math-callout__label\">T<span data-sm-callout=\"x\">in</span></span></p></div>")]
    [InlineData("<div data-sm-callout=\"theorem\"><p class=\"math-callout__title\"><img class=\"math-callout__label\"></p></div>")]
    [InlineData("<div class=\"theorem\" data-title=\"a&#13;b\">x</div>")]
    public void Structures_only_the_DOM_version_follows_ask_for_the_DOM(string fragment) =>
        Assert.True(new CalloutHtmlPostProcessor(new CalloutsConfig()).NeedsDom(FragmentTokens.Read(fragment)!, Context()));

    [Fact]
    public void A_markdown_callout_post_is_written_without_a_DOM()
    {
        const string Body = "::: theorem \"Name\" {#thm-a}\nLet $x > 0$.\n:::\n\n::: proof\nClear.\n:::\n";
        var rendered = PageWithoutDomTests.Render(Body);
        Assert.False(rendered.BuiltDom);
        Assert.Contains("<span class=\"math-callout__label\">Theorem <span class=\"math-callout__number\">1</span></span>", rendered.Fragment, StringComparison.Ordinal);
        Assert.Contains("Clear.<span class=\"math-callout__qed\" aria-label=\"end of proof\">∎</span></p>", rendered.Fragment, StringComparison.Ordinal);
        Assert.Equal(PageWithoutDomTests.Render(Body, alwaysDom: true).Fragment, rendered.Fragment);
    }
}
