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
    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) => false;

    /// <summary>The same work on the tokens: each img's attributes, then the raw figures' class, then the numbers.</summary>
    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        var tokens = page.Tokens;
        ImageSizeCache? sizes = null;
        foreach (var img in tokens)
        {
            if (!img.IsStartTag("img")) continue;
            sizes ??= ctx.Build.GetOrAddService(() => new ImageSizeCache());
            Decorate(img.GetAttribute, img.SetAttribute, sizes, ctx);
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsStartTag("figure") && !tokens[i].HasClass("figure") && FragmentTokenQueries.HasDescendant(tokens, i, IsFigureMedia))
                tokens[i].AddClass("figure");
        }
        Number(page, config, ctx.GetOrAddFeature(() => new BlockReferenceTable()));
    }

    private static bool IsFigureMedia(FragmentToken element) => element.Name is "img" or "picture" or "svg" or "video";

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        var sizes = ctx.Build.GetOrAddService(() => new ImageSizeCache());
        foreach (var img in body.QuerySelectorAll("img")) Decorate(img.GetAttribute, img.SetAttribute, sizes, ctx);

        foreach (var figure in body.QuerySelectorAll("figure"))
        {
            // Diagram sources are figures of text, not images.
            if (!figure.ClassList.Contains("figure") && figure.QuerySelector("img, picture, svg, video") is not null) figure.ClassList.Add("figure");
        }
        Number(html, body, config, ctx.GetOrAddFeature(() => new BlockReferenceTable()));
    }

    /// <summary>One img, through its attributes (an element's or a token's): loading, decoding, size, or the missing file's warning.</summary>
    private static void Decorate(Func<string, string?> getAttribute, Action<string, string> setAttribute, ImageSizeCache sizes, PageRenderContext ctx)
    {
        if (getAttribute("loading") is null) setAttribute("loading", "lazy");
        if (getAttribute("decoding") is null) setAttribute("decoding", "async");
        var src = getAttribute("src") ?? "";
        if (!LocalImageResolver.IsLocal(src)) return;

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
            return;
        }
        if (getAttribute("width") is not null || getAttribute("height") is not null) return;
        if (sizes.Get(file) is { } size)
        {
            setAttribute("width", size.Width.ToString(CultureInfo.InvariantCulture));
            setAttribute("height", size.Height.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// <see cref="Number(IDocument, IElement, FiguresConfig, BlockReferenceTable)"/> on the tokens: the label and a space
    /// first in each numbered figure's caption.
    /// </summary>
    public static void Number(FragmentTokens page, FiguresConfig config, BlockReferenceTable references)
    {
        if (!config.Numbering) return;
        var tokens = page.Tokens;
        var labels = new List<(int Before, List<FragmentToken> Tokens)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsStartTag("figure") || !tokens[i].HasClass("figure")) continue;
            var caption = FragmentTokenQueries.FirstChildElement(tokens, i, "figcaption");
            if (caption < 0 || FragmentTokenQueries.HasDescendant(tokens, caption, t => t.HasClass("figure__label"))) continue;
            var text = config.Label + " " + (labels.Count + 1).ToString(CultureInfo.InvariantCulture);
            var depth = tokens[caption].Depth + 1;
            labels.Add((caption + 1, [
                FragmentToken.Start("span", [new("class", "figure__label")], depth), FragmentToken.Text(text + ":", depth + 1),
                FragmentToken.End("span", depth), FragmentToken.Text(" ", depth),
            ]));
            if (tokens[i].GetAttribute("id") is { Length: > 0 } id) references.Add(id, text);
        }
        if (labels.Count > 0) page.Replace(FragmentTokenQueries.WithInsertions(tokens, labels));
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
