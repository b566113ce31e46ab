using AngleSharp.Dom;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Theme;

/// <summary>
/// An author colour in an equation (<c>\color{blue}</c>) is a <c>fill</c> attribute the engine writes on a group.
/// CSS cannot read an attribute as a colour in every browser, so the colour is copied into the custom property
/// <c>--tex-color</c>, from which the theme's dark palettes derive a legible variant. Groups that only paint
/// rectangles (<c>\colorbox</c> backgrounds, rules) are left alone: lightening a background would hide its text.
/// </summary>
public sealed class MathColorVariables : IHtmlPostProcessor
{
    public const string Property = "--tex-color";

    public int Order => 940;

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        foreach (var group in body.QuerySelectorAll(".math-inline svg g[fill], .math-display svg g[fill]"))
        {
            var colour = group.GetAttribute("fill")!;
            if (colour == "currentColor" || group.Children.All(c => c.LocalName == "rect")) continue;
            // The engine only lets names and #hex through (ColorParser), so the value is safe in a style attribute.
            group.SetAttribute("style", Property + ":" + colour);
        }
    }
}
