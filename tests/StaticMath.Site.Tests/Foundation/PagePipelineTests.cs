using AngleSharp.Dom;
using Markdig;
using Markdig.Syntax;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Markdown;
using StaticMath.Site.Markdown.Extensions.KramdownAttributes;
using StaticMath.Site.Markdown.Extensions.Math;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Tests.Foundation;

public class PagePipelineTests
{
    private static PageRenderContext Context(string body, int bodyLineOffset = 4)
    {
        var config = new SiteConfig();
        var diagnostics = new DiagnosticBag();
        var build = new SiteBuildContext(config, new BuildOptions { SourceDirectory = Path.GetTempPath() }, diagnostics, ThemeFiles.EmbeddedDefault());
        var page = new Page
        {
            SourcePath = "content/x.md", ContentPath = "x.md", Kind = PageKind.Page, Title = "X", Slug = "x",
            Url = "/x/", OutputPath = "x/index.html", Body = body, BodyLineOffset = bodyLineOffset,
        };
        return new PageRenderContext(page, build);
    }

    private sealed class Upper : IContentPreprocessor
    {
        public string Process(string body, PageRenderContext ctx) => body.Replace("shout", "SHOUT", StringComparison.Ordinal);
    }

    private sealed class RecordingDocumentProcessor(string name, List<string> log) : IMarkdownDocumentProcessor
    {
        public void Process(MarkdownDocument doc, PageRenderContext ctx)
        {
            Assert.Same(ctx, doc.GetData(typeof(PageRenderContext)));
            log.Add(name);
            var heading = doc.Descendants<HeadingBlock>().First();
            ctx.WarningAtBody("SM9999", heading.Line, heading.Column, "seen");
        }
    }

    private sealed class MarkParagraphs(string name, List<string> log) : IHtmlPostProcessor
    {
        public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) => true;

        public void ProcessTokens(FragmentTokens page, PageRenderContext ctx) => throw new InvalidOperationException("needs the DOM");

        public void Process(IDocument html, IElement body, PageRenderContext ctx)
        {
            log.Add(name);
            foreach (var p in body.QuerySelectorAll("p")) p.SetAttribute("data-pass", name);
        }
    }

    /// <summary>A test feature made of the given registrations, on top of the standard Markdown and math syntax.</summary>
    private sealed class TestFeature(Action<FeatureRegistry> register) : ISiteFeature
    {
        public void Register(FeatureRegistry registry) => register(registry);
    }

    private static PagePipeline Pipeline(params ISiteFeature[] features)
    {
        var registry = new FeatureRegistry(new SiteConfig(), new DiagnosticBag())
            .Add(new StandardMarkdownFeature())
            .Add(new TestFeature(r => r.Markdown(MarkdownStage.Syntax, new MathExtension())));
        foreach (var feature in features) registry.Add(feature);
        return registry.Freeze();
    }

    [Fact]
    public void Stages_run_in_stage_order_then_in_feature_order_with_the_page_context_and_file_lines()
    {
        var log = new List<string>();
        var pipeline = Pipeline(
            new TestFeature(r => r
                .Preprocess(new Upper())
                .Document(DocumentStage.Numbering, new RecordingDocumentProcessor("numbering", log))
                .Document(DocumentStage.RawHtml, new RecordingDocumentProcessor("raw HTML", log))
                .Html(HtmlStage.Finish, new MarkParagraphs("finish", log))
                .Html(HtmlStage.RawHtmlMath, new MarkParagraphs("math A", log))),
            new TestFeature(r => r.Html(HtmlStage.RawHtmlMath, new MarkParagraphs("math B", log))));
        var ctx = Context("Intro\n\n## Heading\n\nshout\n");
        var html = new PageRenderer(pipeline).RenderFragment(ctx);

        Assert.Equal(["raw HTML", "numbering", "math A", "math B", "finish"], log);
        Assert.Contains("<p data-pass=\"finish\">SHOUT</p>", html);
        var warnings = ctx.Diagnostics.Sorted();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal("content/x.md(6,1): warning SM9999: seen", w.ToString()));
    }

    [Fact]
    public void Build_starts_run_once_each_in_feature_order_with_the_build_and_not_for_a_page()
    {
        var log = new List<string>();
        var renderer = new PageRenderer(Pipeline(
            new TestFeature(r => r.AtBuildStart(b => log.Add("first " + b.Config.Title))),
            new TestFeature(r => r.AtBuildStart(_ => log.Add("second")))));
        var ctx = Context("Text\n");
        renderer.RenderFragment(ctx);
        Assert.Empty(log);

        renderer.StartBuild(ctx.Build);
        Assert.Equal(["first StaticMath site", "second"], log);
    }

    /// <summary>Asks for its feature's style on every page whose body says "styled", twice, as a feature's HTML would.</summary>
    private sealed class UseStyleWhenStyled(FeatureStyle style) : IHtmlPostProcessor
    {
        public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) => true;

        public void ProcessTokens(FragmentTokens page, PageRenderContext ctx) => throw new InvalidOperationException("needs the DOM");

        public void Process(IDocument html, IElement body, PageRenderContext ctx)
        {
            if (!body.TextContent.Contains("styled", StringComparison.Ordinal)) return;
            ctx.UseStyle(style);
            ctx.UseStyle(style);
        }
    }

    [Fact]
    public void A_features_own_style_goes_once_into_the_head_of_the_pages_that_use_it_only()
    {
        var registry = new FeatureRegistry(new SiteConfig(), new DiagnosticBag()).Add(new StandardMarkdownFeature());
        registry.Add(new TestFeature(r => r.Html(HtmlStage.Blocks, new UseStyleWhenStyled(r.Style("  .x { color: red }\n")))));
        var renderer = new PageRenderer(registry.Freeze());

        var styled = Context("A styled page.\n");
        renderer.RenderFragment(styled);
        var plain = Context("A plain page.\n");
        renderer.RenderFragment(plain);

        var style = Assert.Single(registry.Styles);
        Assert.Equal("TestFeature", style.Feature);
        Assert.Equal(["<style data-feature=\"TestFeature\">\n.x { color: red }\n</style>"], styled.HeadHtml);
        Assert.Empty(plain.HeadHtml);
    }

    [Fact]
    public void A_markdig_extension_two_features_need_is_set_up_once_and_a_code_has_one_owner()
    {
        var registry = new FeatureRegistry(new SiteConfig(), new DiagnosticBag())
            .Add(new TestFeature(r => r.Markdown(MarkdownStage.Syntax, new MathExtension()).Owns("SM9998")));
        registry.Add(new TestFeature(r => r.Markdown(MarkdownStage.Syntax, new MathExtension())));
        Assert.Single(registry.Freeze().Markdown.Extensions, e => e is MathExtension);

        // Attributes are set up after every syntax extension, whatever the order features registered them in.
        var attributesFirst = new FeatureRegistry(new SiteConfig(), new DiagnosticBag())
            .Add(new TestFeature(r => r.Markdown(MarkdownStage.Attributes, new KramdownAttributesExtension())))
            .Add(new TestFeature(r => r.Markdown(MarkdownStage.Syntax, new MathExtension())))
            .Freeze().Markdown.Extensions.ToList();
        Assert.True(attributesFirst.FindIndex(e => e is MathExtension) < attributesFirst.FindIndex(e => e is KramdownAttributesExtension));

        var second = Assert.Throws<InvalidOperationException>(() => registry.Add(new TestFeature(r => r.Owns("SM9998"))));
        Assert.Contains("SM9998", second.Message, StringComparison.Ordinal);
    }

    private sealed class RecordEquations(List<string> seen) : IHtmlPostProcessor
    {
        public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) => true;

        public void ProcessTokens(FragmentTokens page, PageRenderContext ctx) => throw new InvalidOperationException("needs the DOM");

        public void Process(IDocument html, IElement body, PageRenderContext ctx) =>
            seen.AddRange(body.QuerySelectorAll(".math-inline svg, .math-display svg").Select(svg => svg.OuterHtml));
    }

    [Fact]
    public void Html_passes_see_each_equation_as_an_empty_svg_with_its_label_and_the_fragment_gets_the_whole_svg()
    {
        var seen = new List<string>();
        var pipeline = Pipeline(new TestFeature(r => r.Html(HtmlStage.RawHtmlMath, new RecordEquations(seen))));
        var ctx = Context("Let $a<b$ hold, and\n\n$$\n\\color{red}{x}^2\n$$\n");
        var html = new PageRenderer(pipeline).RenderFragment(ctx);

        Assert.Equal(2, seen.Count);
        Assert.All(seen, svg => Assert.DoesNotContain("<use", svg, StringComparison.Ordinal));
        Assert.Contains("aria-label=\"a&lt;b\"", seen[0], StringComparison.Ordinal);
        Assert.DoesNotContain("data-staticmath-svg", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<svg xmlns=").Length - 1);
        Assert.Contains("<g fill=\"red\" style=\"--tex-color:red\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_renderers_reach_the_page_through_the_renderer()
    {
        var ctx = Context("text");
        using var writer = new StringWriter();
        var renderer = new PageHtmlRenderer(writer, ctx);
        Assert.Same(ctx, renderer.Context);
    }

    [Fact]
    public void Pipeline_has_the_commonmark_extras_but_not_markdig_math()
    {
        var pipeline = SiteFeatures.Pipeline(new SiteConfig(), new DiagnosticBag()).Markdown;
        var html = Markdig.Markdown.ToHtml("# Title\n\n- [x] done\n\n~~gone~~ https://example.org\n\nTerm\n:   Definition\n\n$x$\n", pipeline);
        Assert.Contains("id=\"title\"", html);
        Assert.Contains("type=\"checkbox\"", html);
        Assert.Contains("<del>gone</del>", html);
        Assert.Contains("<a href=\"https://example.org\">", html);
        Assert.Contains("<dl>", html);
        Assert.DoesNotContain("class=\"math\"", html);
    }

    [Fact]
    public void Features_are_per_page_and_created_once()
    {
        var ctx = Context("x");
        var first = ctx.GetOrAddFeature(() => new List<int>());
        Assert.Same(first, ctx.GetOrAddFeature(() => new List<int>()));
        Assert.NotSame(first, Context("x").GetOrAddFeature(() => new List<int>()));
    }
}
