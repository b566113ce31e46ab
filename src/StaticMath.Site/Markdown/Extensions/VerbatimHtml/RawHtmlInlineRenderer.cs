using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.VerbatimHtml;

/// <summary>Inline HTML written as the author wrote it, marked as a raw region (see <see cref="AsWrittenHtml"/>).</summary>
public sealed class RawHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj)
    {
        if (!renderer.EnableHtmlForInline) return;
        renderer.Write(renderer is PageHtmlRenderer page
            ? page.Context.GetOrAddFeature(() => new RawHtmlRegions()).Mark(obj.Tag)
            : obj.Tag);
    }
}
