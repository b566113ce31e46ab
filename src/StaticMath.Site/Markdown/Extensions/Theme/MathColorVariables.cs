namespace StaticMath.Site.Markdown.Extensions.Theme;

/// <summary>
/// An author colour in an equation (<c>\color{blue}</c>) is a <c>fill</c> attribute the engine writes on a group.
/// CSS cannot read an attribute as a colour in every browser, so the colour is copied into the custom property
/// <c>--tex-color</c>, from which the theme's dark palettes derive a legible variant. Groups that only paint
/// rectangles (<c>\colorbox</c> backgrounds, rules) are left alone: lightening a background would hide its text.
/// Applied to each equation's SVG when it is put into the page (<c>EngineSvgHtml</c>).
/// </summary>
public static class MathColorVariables
{
    public const string Property = "--tex-color";

    /// <summary>The <c>style</c> a <c>g</c> with this <c>fill</c> gets, or null for none.</summary>
    /// <param name="paintsMoreThanRects">The group has a child element other than a <c>rect</c>.</param>
    public static string? StyleFor(string fill, bool paintsMoreThanRects)
    {
        if (fill == "currentColor" || !paintsMoreThanRects) return null;
        // The engine only lets names and #hex through (ColorParser), so the value is safe in a style attribute.
        return Property + ":" + fill;
    }
}
