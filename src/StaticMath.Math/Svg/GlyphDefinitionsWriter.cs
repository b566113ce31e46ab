using System.Text;
using StaticMath.Math.OpenType;

namespace StaticMath.Math.Svg;

/// <summary>The page-level hidden <c>&lt;svg&gt;&lt;defs&gt;</c> holding each glyph outline once, for <see cref="GlyphMode.SharedDefinitions"/>.</summary>
internal static class GlyphDefinitionsWriter
{
    public static string Write(IMathFont font, IEnumerable<string> glyphIds)
    {
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" focusable=\"false\" ")
            .Append("style=\"position:absolute;width:0;height:0;overflow:hidden\"><defs>");
        foreach (var id in glyphIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!GlyphId.TryParse(font, id, out var glyph))
            {
                continue;
            }

            svg.Append("<path id=\"").Append(id).Append("\" d=\"").Append(font.GetOutlinePath(glyph)).Append("\"/>");
        }

        svg.Append("</defs></svg>");
        return svg.ToString();
    }
}
