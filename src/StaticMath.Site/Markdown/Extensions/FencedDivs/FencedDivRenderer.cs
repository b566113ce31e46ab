using Markdig.Renderers;
using Markdig.Renderers.Html;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Markdown.Extensions.FencedDivs;

/// <summary>
/// Hands each fenced div to the writer owning its kind. A div nobody owns renders as a plain
/// <c>&lt;div class="fenced-div …"&gt;</c>: the Pandoc <c>{.class}</c> form silently (generic containers are legitimate),
/// a bare unknown word (<c>::: theorm</c>) as a plain box with an SM1201 warning, since it is most likely a typo.
/// </summary>
public sealed class FencedDivRenderer : HtmlObjectRenderer<FencedDivBlock>
{
    public List<IFencedDivWriter> Writers { get; } = [];

    protected override void Write(HtmlRenderer renderer, FencedDivBlock block)
    {
        foreach (var writer in Writers)
        {
            if (writer.TryWrite(renderer, block)) return;
        }

        if (block.Kind.Length > 0)
        {
            BlockDiagnostics.WarningAt(renderer, block, DiagnosticCodes.UnknownBlockKind,
                $"unknown block kind '{block.Kind}' in '::: {block.Kind}'; rendered as a plain box");
        }

        renderer.EnsureLine();
        var attributes = new HtmlAttributes();
        block.TryGetAttributes()?.CopyTo(attributes);
        attributes.AddClass("fenced-div");
        if (block.Kind.Length > 0)
        {
            attributes.AddClass("fenced-div--unknown");
            attributes.AddProperty("data-kind", block.Kind);
        }
        renderer.Write("<div").WriteAttributes(attributes).WriteLine(">");
        if (block.Title is { } title)
        {
            renderer.Write("<p class=\"fenced-div__title\">").WriteLeafInline(title).WriteLine("</p>");
        }
        WriteBody(renderer, block);
        renderer.WriteLine("</div>");
    }

    /// <summary>Writes the div's children except its title.</summary>
    public static void WriteBody(HtmlRenderer renderer, FencedDivBlock block)
    {
        foreach (var child in block)
        {
            if (child is FencedDivTitle) continue;
            renderer.Write(child);
        }
        renderer.EnsureLine();
    }
}
