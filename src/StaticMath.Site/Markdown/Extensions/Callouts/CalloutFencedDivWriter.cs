using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StaticMath.Site.Markdown.Extensions.FencedDivs;

namespace StaticMath.Site.Markdown.Extensions.Callouts;

/// <summary>
/// Renders the Markdown callout forms: <c>::: theorem "Name" {#thm-x}</c>, Quarto's <c>::: {.callout-note title="…"}</c>
/// and Quarto theorems by id prefix (<c>::: {#thm-x}</c> with an optional first heading as name).
/// </summary>
public sealed class CalloutFencedDivWriter : IFencedDivWriter
{
    public bool TryWrite(HtmlRenderer renderer, FencedDivBlock block)
    {
        var attributes = block.TryGetAttributes();
        var (kind, claimedClass) = Resolve(block, attributes);
        if (kind is null) return false;

        var output = new HtmlAttributes();
        attributes?.CopyTo(output);
        if (claimedClass is not null) output.Classes?.Remove(claimedClass);
        output.AddClass(CalloutHtml.BoxClass);
        output.AddClass(CalloutHtml.KindClass(kind.Name));
        if (kind.Family is not null) output.AddProperty(CalloutHtml.FamilyAttribute, kind.Family);

        // Quarto theorems carry their name as the first heading inside the div.
        Block? headingName = null;
        if (block.Title is null && block.Kind.Length == 0)
        {
            headingName = block.FirstOrDefault(b => b is not FencedDivTitle) as HeadingBlock;
        }

        renderer.EnsureLine();
        renderer.Write("<div").WriteAttributes(output).WriteLine(">");
        renderer.Write($"<p class=\"{CalloutHtml.TitleClass}\"><span class=\"{CalloutHtml.LabelClass}\">");
        if (kind.IsAdmonition && (block.Title as LeafBlock ?? headingName as LeafBlock) is { } admonitionTitle)
        {
            // Quarto callouts name themselves with a title attribute or a first heading; it replaces "Note".
            renderer.WriteLeafInline(admonitionTitle).Write("</span>");
        }
        else
        {
            renderer.Write(CalloutHtml.Encode(kind.Label)).Write("</span>");
            var name = block.Title as LeafBlock ?? headingName as LeafBlock;
            if (name is not null)
            {
                renderer.Write($"<span class=\"{CalloutHtml.NameClass}\">(").WriteLeafInline(name).Write(")</span>");
            }
        }
        renderer.WriteLine("</p>");
        foreach (var child in block)
        {
            if (child is FencedDivTitle || child == headingName) continue;
            renderer.Write(child);
        }
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
        return true;
    }

    /// <summary>The callout kind of a fenced div and the class that named it (dropped from the output), or null.</summary>
    internal static (CalloutKind? Kind, string? ClaimedClass) Resolve(FencedDivBlock block, HtmlAttributes? attributes)
    {
        if (block.Kind.Length > 0) return (CalloutKinds.Find(block.Kind), null);
        foreach (var cls in attributes?.Classes ?? [])
        {
            if (cls.StartsWith("callout-", StringComparison.Ordinal) && CalloutKinds.Find(cls["callout-".Length..]) is { } quarto)
                return (quarto, cls);
            if (CalloutKinds.Find(cls) is { } named) return (named, cls);
        }
        return (CalloutKinds.FromQuartoId(attributes?.Id), null);
    }
}
