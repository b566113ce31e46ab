using Markdig.Renderers;
using Markdig.Renderers.Html;
using StaticMath.Site.Markdown.Extensions.FencedDivs;

namespace StaticMath.Site.Markdown.Extensions.Convo;

/// <summary>
/// The Markdown form <c>:::: convo</c> / <c>::: user</c> / <c>::: assistant</c> (also gpt, system) writes the same raw
/// HTML real posts contain (<c>&lt;div class="convo"&gt;&lt;div class="user"&gt;</c>); <see cref="ConvoHtmlPostProcessor"/>
/// then decorates both forms identically. A title (<c>::: assistant "Claude"</c>) replaces the role label.
/// </summary>
public sealed class ConvoFencedDivWriter : IFencedDivWriter
{
    public bool TryWrite(HtmlRenderer renderer, FencedDivBlock block)
    {
        var isContainer = block.Kind == ConvoRoles.ContainerKind;
        if (!isContainer && !ConvoRoles.IsRole(block.Kind)) return false;

        var attributes = new HtmlAttributes();
        block.TryGetAttributes()?.CopyTo(attributes);
        attributes.AddClass(block.Kind);
        renderer.EnsureLine();
        renderer.Write("<div").WriteAttributes(attributes).WriteLine(">");
        if (!isContainer && block.Title is { } title)
        {
            renderer.Write($"<div class=\"{ConvoHtmlPostProcessor.RoleClass}\">").WriteLeafInline(title).WriteLine("</div>");
        }
        FencedDivRenderer.WriteBody(renderer, block);
        renderer.WriteLine("</div>");
        return true;
    }
}
