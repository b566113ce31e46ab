using Markdig.Extensions.Alerts;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticMath.Site.Markdown.Extensions.Callouts;

/// <summary>GitHub alerts (<c>&gt; [!NOTE]</c>, TIP, IMPORTANT, WARNING, CAUTION) rendered as callouts instead of Markdig's
/// icon markup, so one stylesheet serves every callout form.</summary>
public sealed class AlertCalloutRenderer : HtmlObjectRenderer<AlertBlock>
{
    protected override void Write(HtmlRenderer renderer, AlertBlock block)
    {
        var kind = CalloutKinds.Find(block.Kind.ToString()) ?? new CalloutKind(block.Kind.ToString().ToLowerInvariant(), block.Kind.ToString(), null);
        var attributes = new HtmlAttributes();
        block.TryGetAttributes()?.CopyTo(attributes);
        attributes.AddClass(CalloutHtml.BoxClass);
        attributes.AddClass(CalloutHtml.KindClass(kind.Name));
        renderer.EnsureLine();
        renderer.Write("<div").WriteAttributes(attributes).WriteLine(">");
        renderer.WriteLine(CalloutHtml.Title(CalloutHtml.Encode(kind.Label), null));
        var implicitParagraphs = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(block);
        renderer.ImplicitParagraph = implicitParagraphs;
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
