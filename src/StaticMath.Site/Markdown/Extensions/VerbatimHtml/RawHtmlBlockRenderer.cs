using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace StaticMath.Site.Markdown.Extensions.VerbatimHtml;

/// <summary>An HTML block written as the author wrote it, marked as a raw region (see <see cref="AsWrittenHtml"/>).</summary>
public sealed class RawHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        if (!renderer.EnableHtmlForBlock || renderer is not PageHtmlRenderer page)
        {
            if (renderer.EnableHtmlForBlock) renderer.WriteLeafRawLines(obj, true, false);
            return;
        }
        var raw = string.Concat(obj.Lines.Lines.Take(obj.Lines.Count).Select(line => line.Slice.ToString() + "\n"));
        renderer.Write(page.Context.GetOrAddFeature(() => new RawHtmlRegions()).Mark(raw));
        page.LineEnded();
    }
}
