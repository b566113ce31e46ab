using AngleSharp.Html.Parser;
using CsCheck;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Markdown.Extensions;
using StaticMath.Site.Markdown.Extensions.Callouts;
using StaticMath.Site.Markdown.Extensions.Math;
using StaticMath.Site.Markdown.Extensions.Theme;
using StaticMath.Site.Pipeline;

namespace StaticMath.Robustness.Tests;

/// <summary>
/// The callout and raw-HTML math passes do their work on tokens where they do not ask for the DOM. Random raw-HTML
/// fragments run through them both ways (as the page pipeline orders them) must give the same HTML, the same
/// reference table and the same diagnostics.
/// </summary>
public class RawHtmlPassesOnTokensFuzzTests
{
    private static readonly (string Tex, bool Display)[] RegisteredMath = [("x", false), ("y", false), ("z=1", true), ("\\frac{1}", false), ("a<b", false)];

    private static readonly string[] Elements =
    [
        "<div class=\"theorem\" id=\"t1\">", "<div class=\"proof\">", "<div class=\"lemma note\" data-title=\"A &amp; B\">", "<div class=\"definition\" title=\"T\">",
        "<div class=\"remark  theorem\tremark\">", "<div class=\"example math-callout--example\" id=\"\">", "<div class=\"proof theorem\" data-sm-callout=\"x\">",
        "<div class=\"math-callout math-callout--theorem\" data-sm-callout=\"theorem\" id=\"m1\">", "<div class=\"math-callout math-callout--note\" id=\"n1\">",
        "<div class=\"math-callout math-callout--proof\">", "<div class=\"math-callout--proof\" id=\"p2\">", "<span class=\"math-callout--proof\">", "<p class=\"math-callout--proof\">",
        "<p class=\"math-callout__title\">", "<span class=\"math-callout__label\">", "<span class=\"math-callout__name\">", "<span class=\"math-callout__qed\">",
        "<div data-sm-callout=\"definition\" id=\"d1\">", "<div class=\"theorem\" data-title=\"x &lt; y\"><p class=\"math-callout__title\"><span class=\"math-callout__label\">",
        "<p>", "<span>", "<em>", "<div>", "<code>", "<pre>", "<h2 id=\"h\">", "<h3>", "<span class=\"math-tex\">",
    ];

    private static readonly string[] Texts =
    [
        "Theorem", "Proof ", "text", " ", "\n", ". ", "&amp;", "\u00A0", "$x$", "$x$.", "\\(y\\)", "$$z=1$$", "$\\frac{1}$", "$a&lt;b$", "$w$", "\\$x\\$",
        "$", "\\", "<br>", "<!-- c -->",
    ];

    /// <summary>Random HTML whose elements nest properly (the tokens still refuse what the tree builder would repair).</summary>
    private static Gen<string> Html(int depth) => depth == 0
        ? Gen.OneOf(Texts)
        : Gen.Frequency(
            (3, Gen.OneOf(Texts)),
            (2, Gen.Select(Gen.OneOf(Elements), Html(depth - 1).Array[0, 4], (open, children) => open + string.Concat(children) + CloseOf(open))));

    private static string CloseOf(string open)
    {
        var closes = new System.Text.StringBuilder();
        foreach (System.Text.RegularExpressions.Match tag in System.Text.RegularExpressions.Regex.Matches(open, "<([a-z0-9]+)"))
            closes.Insert(0, "</" + tag.Groups[1].Value + ">");
        return closes.ToString();
    }

    private sealed record Run(string Html, string References, string Diagnostics);

    private static readonly string[] ReferenceIds = ["t1", "", "m1", "n1", "p2", "d1", "h"];

    private static (PageRenderContext Context, DiagnosticBag Diagnostics) Page(bool slots)
    {
        var diagnostics = new DiagnosticBag();
        var build = new SiteBuildContext(new SiteConfig(), new BuildOptions { SourceDirectory = Path.Combine(Path.GetTempPath(), "sm-fuzz"), NoCache = true },
            diagnostics, ThemeFiles.EmbeddedDefault());
        var page = new Page
        {
            SourcePath = "content/posts/fuzz.md", ContentPath = "posts/fuzz.md", Kind = PageKind.Post, Title = "Fuzz", Slug = "fuzz",
            Url = "/posts/fuzz/", OutputPath = "posts/fuzz/index.html", Body = "", BodyLineOffset = 4,
        };
        var ctx = new PageRenderContext(page, build);
        if (slots) ctx.GetOrAddFeature(() => new MathSvgSlots());
        var math = PageMath.For(ctx);
        foreach (var (tex, display) in RegisteredMath) math.RegisterRaw(tex, display, 5, 0);
        return (ctx, diagnostics);
    }

    private static IHtmlPostProcessor[] Passes(string numbering) =>
        [new RawHtmlMathPostProcessor(), new CalloutHtmlPostProcessor(new CalloutsConfig { Numbering = numbering }), new MathPunctuationGlue()];

    private static Run Finish(string html, PageRenderContext ctx, DiagnosticBag diagnostics)
    {
        var table = ctx.FindFeature<BlockReferenceTable>();
        var references = string.Join("\n", ReferenceIds.Select(id => table is not null && table.TryGet(id, out var text) ? id + "=" + text : id + " -"));
        var spliced = MathSvgSlots.For(ctx) is { } slots ? slots.Splice(html) : html;
        return new Run(spliced, references, string.Join("\n", diagnostics.Sorted()));
    }

    private static Run OnDom(string fragment, string numbering, bool slots)
    {
        var (ctx, diagnostics) = Page(slots);
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        document.Body!.InnerHtml = fragment;
        foreach (var pass in Passes(numbering)) pass.Process(document, document.Body, ctx);
        return Finish(LinearHtmlSerializer.InnerHtml(document.Body), ctx, diagnostics);
    }

    /// <summary>The fragment through the passes on its tokens, or null when one of them asks for the DOM.</summary>
    private static Run? OnTokens(FragmentTokens tokens, string numbering, bool slots)
    {
        var (ctx, diagnostics) = Page(slots);
        var passes = Passes(numbering);
        if (passes.Any(p => p.NeedsDom(tokens, ctx))) return null;
        foreach (var pass in passes) pass.ProcessTokens(tokens, ctx);
        return Finish(tokens.Write(), ctx, diagnostics);
    }

    [Fact]
    public void Raw_html_callouts_and_math_give_the_same_page_on_tokens_as_on_the_DOM()
    {
        var onTokens = 0;
        var changed = 0;
        Gen.Select(Html(4).Array[1, 6], Gen.OneOf("per-kind", "shared", "none")).Sample((pieces, numbering) =>
        {
            var fragment = string.Concat(pieces);
            if (FragmentTokens.Read(fragment) is not { } tokens) return;
            var asRead = tokens.Write();
            if (OnTokens(tokens, numbering, slots: true) is not { } viaTokens) return;
            onTokens++;
            if (viaTokens.Html != asRead) changed++;
            var viaDom = OnDom(fragment, numbering, slots: true);
            if (viaTokens != viaDom)
                throw new InvalidOperationException($"on tokens:\n{viaTokens}\non the DOM:\n{viaDom}\nfor ({numbering})\n{fragment}");
        }, iter: FuzzSettings.Iterations(3000), threads: 1);
        Assert.True(onTokens > 100 && changed > 100, $"{onTokens} fragments on tokens, {changed} changed: the property tested too little");
        Console.WriteLine($"{onTokens} fragments on tokens, {changed} changed");
    }

    [Fact]
    public void Raw_html_math_on_a_page_without_svg_slots_asks_for_the_DOM()
    {
        var tokens = FragmentTokens.Read("<div>$x$</div>")!;
        var (ctx, _) = Page(slots: false);
        Assert.True(new RawHtmlMathPostProcessor().NeedsDom(tokens, ctx));
    }

    private static readonly string[] CalloutMarkdownPieces =
    [
        "::: theorem\n", "::: lemma \"Name $x$\" {#lem-a}\n", "::: proof\n", "::: note\n", "::: {#thm-q}\n", "::: {.callout-tip title=\"Tip\"}\n",
        "::: definition {#def-d}\n", "::: remark\n", ":::\n", ":::\n", "## Heading\n", "text ", "$x$. ", "$$a=b$$\n", "- item\n", "> quote\n",
        "[](#lem-a) ", "[](#thm-q) ", "[](#def-d) ", "\n\n", "\n", "**bold** ", "`code` ", "> [!NOTE]\n> note\n", "```\ncode\n```\n",
    ];

    private static (string Page, bool BuiltDom) Render(string body, string numbering, bool alwaysDom)
    {
        var config = new SiteConfig { Sections = { new CalloutsConfig { Numbering = numbering } } };
        var rendered = PageRenderedBothWays.Render(body, config, Path.Combine(Path.GetTempPath(), "sm-fuzz"), alwaysDom);
        return (rendered.Fragment + "\n--- diagnostics\n" + string.Join("\n", rendered.Diagnostics.Sorted()), rendered.BuiltDom);
    }

    [Fact]
    public void Random_markdown_callouts_render_the_same_with_and_without_the_DOM()
    {
        var withoutDom = 0;
        Gen.Select(Gen.OneOf(CalloutMarkdownPieces).Array[0, 25], Gen.OneOf("per-kind", "shared", "none")).Sample((pieces, numbering) =>
        {
            var body = string.Concat(pieces);
            var asBuilt = Render(body, numbering, alwaysDom: false);
            var withDom = Render(body, numbering, alwaysDom: true);
            if (!asBuilt.BuiltDom) withoutDom++;
            if (asBuilt.Page != withDom.Page) throw new InvalidOperationException($"without the DOM:\n{asBuilt.Page}\nwith it:\n{withDom.Page}\nfor ({numbering})\n{body}");
        }, iter: FuzzSettings.Iterations(300), threads: 1);
        Assert.True(withoutDom > 30, $"only {withoutDom} pages skipped the DOM: the property tested too little");
    }
}
