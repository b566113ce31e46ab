using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using StaticMath.Site.Core;
using StaticMath.Site.Markdown;
using StaticMath.Site.Markdown.Extensions.Math;
using StaticMath.Site.Markdown.Extensions.VerbatimHtml;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Engine;

/// <summary>
/// Runs the frozen <see cref="PagePipeline"/> for one page: content preprocessors, Markdig parse, document processors,
/// HTML rendering, HTML post-processors. Returns the page's HTML fragment (the layout is applied afterwards).
/// Thread-safe: one instance serves all pages of a build.
/// </summary>
public sealed class PageRenderer
{
    // One parser per thread, as AngleSharp advises: making one (with its browsing context) costs about as much as parsing a small page.
    [ThreadStatic] private static HtmlParser? t_parser;

    private readonly MarkdownPipeline _pipeline;
    private readonly PagePipeline _registry;

    public PageRenderer(PagePipeline pipeline)
    {
        _pipeline = pipeline.Markdown;
        _registry = pipeline;
    }

    /// <summary>Begins what the features start with a build (<see cref="PagePipeline.BuildStarts"/>); call it before the pages.</summary>
    public void StartBuild(SiteBuildContext build)
    {
        foreach (var start in _registry.BuildStarts) start(build);
    }

    public string RenderFragment(PageRenderContext ctx) => Render(ctx).Fragment.Html;

    /// <summary>The page's fragment and what is read from its text while the equations' SVGs are still held aside.</summary>
    public RenderedFragment Render(PageRenderContext ctx)
    {
        var phases = ctx.Build.Phases;
        var started = BuildPhases.Start();
        // The HTML passes see placeholders for the equations' SVGs, put back once the fragment is final.
        var svgSlots = _registry.HtmlPostProcessors.Count > 0 ? ctx.GetOrAddFeature(() => new MathSvgSlots()) : null;
        // and the equations' HTML waits as fragment parts, read into the page's tokens without lexing it.
        if (svgSlots is not null) ctx.GetOrAddFeature(() => new FragmentSegments());
        var body = ctx.Page.Body;
        foreach (var preprocessor in _registry.ContentPreprocessors)
            body = preprocessor.Process(body, ctx);
        phases.Stop("page: preprocess (Liquid)", started);

        started = BuildPhases.Start();
        var parserContext = new MarkdownParserContext();
        parserContext.Properties[typeof(PageRenderContext)] = ctx;
        var document = Markdig.Markdown.Parse(body, _pipeline, parserContext);
        document.SetData(typeof(PageRenderContext), ctx);
        phases.Stop("page: Markdown parse", started);

        started = BuildPhases.Start();
        foreach (var processor in _registry.DocumentProcessors)
            processor.Process(document, ctx);
        phases.Stop("page: document processors", started);

        started = BuildPhases.Start();
        var html = RenderHtml(document, ctx);
        phases.Stop("page: HTML render (math typeset here)", started);

        if (_registry.HtmlPostProcessors.Count > 0)
            html = PostProcess(html, ctx);
        started = BuildPhases.Start();
        // Every marker was expanded when the fragment was read; one a renderer put where nothing reads it must still
        // not cost the reader an equation (one vectorised scan of the fragment).
        if (FragmentSegments.For(ctx) is { } segments) html = segments.Expand(html);
        html = Markdown.Extensions.VerbatimHtml.VerbatimHtml.Restore(html, ctx);
        phases.Stop("page: verbatim HTML restore", started);
        // Counted before the SVGs go in: an SVG element counts as a space whether it is a placeholder or the whole
        // drawing, and the drawings are most of a math page's characters.
        var words = Content.WordCount.Of(html);
        if (svgSlots is null) return new RenderedFragment(PageFragment.Of(html), words);
        started = BuildPhases.Start();
        SpliceSvgs(svgSlots, ctx);
        phases.Stop("page: equation SVGs spliced in (head, body end, page values; the fragment's when written)", started);
        return new RenderedFragment(new PageFragment(html, svgSlots), words);
    }

    /// <summary>The SVGs put back into whatever a pass moved into the head, body end or page values (the fragment keeps
    /// them aside until it is written: see <see cref="PageFragment"/>).</summary>
    private static void SpliceSvgs(MathSvgSlots svgSlots, PageRenderContext ctx)
    {
        for (var i = 0; i < ctx.HeadHtml.Count; i++) ctx.HeadHtml[i] = svgSlots.Splice(ctx.HeadHtml[i]);
        for (var i = 0; i < ctx.BodyEndHtml.Count; i++) ctx.BodyEndHtml[i] = svgSlots.Splice(ctx.BodyEndHtml[i]);
        foreach (var (key, value) in ctx.PageValues.ToList())
        {
            if (value is string text) ctx.PageValues[key] = svgSlots.Splice(text);
        }
    }

    private string RenderHtml(MarkdownDocument document, PageRenderContext ctx)
    {
        using var writer = new StringWriter();
        var renderer = new PageHtmlRenderer(writer, ctx);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The HTML passes, on the fragment's tokens when no pass needs the DOM on this page, else on its DOM.</summary>
    private string PostProcess(string html, PageRenderContext ctx)
    {
        var phases = ctx.Build.Phases;
        var started = BuildPhases.Start();
        var segments = FragmentSegments.For(ctx);
        if (segments is not null) ExpandSegments(segments, ctx);
        var tokens = FragmentTokens.Read(html, segments);
        if (tokens is null) phases.Add("page: DOM asked for by HTML the tree builder would repair", TimeSpan.Zero, 1);
        // Raw HTML is kept as written around the passes' edits: on tokens when they can follow the DOM path's rule.
        var regions = ctx.FindFeature<RawHtmlRegions>();
        AsWrittenTokens? asWritten = null;
        if (tokens is not null && regions is not null)
        {
            asWritten = AsWrittenTokens.Record(tokens, regions);
            if (asWritten is null) phases.Add("page: DOM asked for by raw HTML kept as written", TimeSpan.Zero, 1);
        }
        var needsDom = tokens is null || regions is not null && asWritten is null || NeedsDom(tokens, ctx);
        phases.Stop("page: HTML read as tokens, passes asked if they need the DOM", started);
        return needsDom || tokens is null ? PostProcessDom(segments?.Expand(html) ?? html, ctx) : PostProcessTokens(tokens, asWritten, ctx);
    }

    /// <summary>Fragment parts a renderer wrote into the head, body end or page values: back to their HTML, as the passes see it there.</summary>
    private static void ExpandSegments(FragmentSegments segments, PageRenderContext ctx)
    {
        if (segments.Count == 0) return;
        for (var i = 0; i < ctx.HeadHtml.Count; i++) ctx.HeadHtml[i] = segments.Expand(ctx.HeadHtml[i]);
        for (var i = 0; i < ctx.BodyEndHtml.Count; i++) ctx.BodyEndHtml[i] = segments.Expand(ctx.BodyEndHtml[i]);
        foreach (var (key, value) in ctx.PageValues.ToList())
        {
            if (value is string text) ctx.PageValues[key] = segments.Expand(text);
        }
    }
    /// <summary>Whether any pass needs the DOM; each pass that does is counted, so <c>--verbose</c> shows why pages take it.</summary>
    private bool NeedsDom(FragmentTokens tokens, PageRenderContext ctx)
    {
        var needsDom = false;
        foreach (var processor in _registry.HtmlPostProcessors)
        {
            if (!processor.NeedsDom(tokens, ctx)) continue;
            ctx.Build.Phases.Add("page: DOM asked for by " + processor.GetType().Name, TimeSpan.Zero, 1);
            needsDom = true;
        }
        return needsDom;
    }

    private string PostProcessTokens(FragmentTokens tokens, AsWrittenTokens? asWritten, PageRenderContext ctx)
    {
        var started = BuildPhases.Start();
        foreach (var processor in _registry.HtmlPostProcessors) processor.ProcessTokens(tokens, ctx);
        var written = asWritten is null ? tokens.Write() : asWritten.Write(tokens);
        ctx.Build.Phases.Stop("page: HTML passes on tokens, written", started);
        return written;
    }

    private string PostProcessDom(string html, PageRenderContext ctx)
    {
        var phases = ctx.Build.Phases;
        var started = BuildPhases.Start();
        var parser = t_parser ??= new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        var body = document.Body!;
        var asWritten = Markdown.Extensions.VerbatimHtml.AsWrittenHtml.Parse(body, html, ctx);
        phases.Stop("page: HTML parse into DOM", started);
        foreach (var processor in _registry.HtmlPostProcessors)
        {
            started = BuildPhases.Start();
            processor.Process(document, body, ctx);
            phases.Stop("page: HTML pass " + processor.GetType().Name, started);
        }
        started = BuildPhases.Start();
        var serialized = asWritten.Serialize(body);
        phases.Stop("page: DOM serialise", started);
        return serialized;
    }
}
