using Markdig.Renderers;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>Registers the HTML renderers of the math nodes.</summary>
internal static class HtmlMathRenderers
{
    public static void AddTo(HtmlRenderer renderer)
    {
    }
}
