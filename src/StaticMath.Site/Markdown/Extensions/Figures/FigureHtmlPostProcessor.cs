using StaticMath.Site.Diagnostics;
using System.Globalization;
using AngleSharp.Dom;
using StaticMath.Site.Content;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Figures;

/// <summary>
/// Every <c>&lt;img&gt;</c> of the page (Markdown or raw HTML): <c>loading="lazy"</c> and <c>decoding="async"</c> unless
/// set, <c>width</c>/<c>height</c> from the local file's real size unless set (no layout shift), and an SM4010 warning
/// with the source line when a local image does not exist (the build goes on). Raw <c>&lt;figure&gt;</c>s get the
/// theme's <c>figure</c> class; with <c>figures.numbering</c> captions get a "Figure N:" prefix
/// (<c>span.figure__label</c>) and ids become reference targets ("Figure N").
/// </summary>
public sealed class FigureHtmlPostProcessor(FiguresConfig config) : IHtmlPostProcessor
{
    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) =>
        page.Tokens.Exists(t => t.IsStartTag("img") || t.IsStartTag("figure"));

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        // Nothing to do where NeedsDom says no.
    }

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        var sizes = ctx.Build.GetOrAddService(() => new ImageSizeCache());
        foreach (var img in body.QuerySelectorAll("img"))
        {
            if (!img.HasAttribute("loading")) img.SetAttribute("loading", "lazy");
            if (!img.HasAttribute("decoding")) img.SetAttribute("decoding", "async");
            var src = img.GetAttribute("src") ?? "";
            if (!LocalImageResolver.IsLocal(src)) continue;

            var candidates = LocalImageResolver.Candidates(ctx.Build.SiteDirectory, ctx.SourcePath, src, ctx.Site.BasePath).ToList();
            // An image is read (for its size) only where it really is inside the site, symbolic links resolved.
            var file = candidates.FirstOrDefault(c => File.Exists(c) && SiteBoundary.Escape(c, ctx.Build.SiteDirectory) is null);
            // The page shows the first candidate that exists (or a warning): any of them appearing or changing matters.
            foreach (var candidate in candidates)
            {
                ctx.AddFileDependency(candidate);
                if (candidate == file) break;
            }
            if (file is null)
            {
                ctx.Diagnostics.Warning(DiagnosticCodes.MissingImage, ctx.SourcePath, SourceLines.Find(ctx, src), 0,
                    $"image '{src}' not found (looked in content/, static/ and next to the page)");
                continue;
            }
            if (img.HasAttribute("width") || img.HasAttribute("height")) continue;
            if (sizes.Get(file) is { } size)
            {
                img.SetAttribute("width", size.Width.ToString(CultureInfo.InvariantCulture));
                img.SetAttribute("height", size.Height.ToString(CultureInfo.InvariantCulture));
            }
        }

        foreach (var figure in body.QuerySelectorAll("figure"))
        {
            // Diagram sources are figures of text, not images.
            if (!figure.ClassList.Contains("figure") && figure.QuerySelector("img, picture, svg, video") is not null) figure.ClassList.Add("figure");
        }
        Number(html, body, config, ctx.GetOrAddFeature(() => new BlockReferenceTable()));
    }

    public static void Number(IDocument html, IElement body, FiguresConfig config, BlockReferenceTable references)
    {
        if (!config.Numbering) return;
        var number = 0;
        foreach (var figure in body.QuerySelectorAll("figure.figure"))
        {
            var caption = figure.Children.FirstOrDefault(c => c.LocalName == "figcaption");
            if (caption is null || caption.QuerySelector(".figure__label") is not null) continue;
            number++;
            var text = config.Label + " " + number.ToString(CultureInfo.InvariantCulture);
            var label = html.CreateElement("span");
            label.ClassList.Add("figure__label");
            label.TextContent = text + ":";
            caption.Prepend(label, html.CreateTextNode(" "));
            if (!string.IsNullOrEmpty(figure.Id)) references.Add(figure.Id, text);
        }
    }
}
