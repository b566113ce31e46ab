using System.Text;
using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.OpenType;

namespace StaticMath.Math.Svg;

/// <summary>
/// Writes a laid-out equation as one <c>&lt;svg&gt;</c>: sized in em (height + depth, vertical-align = −depth), viewBox in
/// font units with the baseline at y = 0, glyphs as <c>&lt;use&gt;</c> of shared definitions (or inline paths), rules as
/// <c>&lt;rect&gt;</c>, everything in <c>currentColor</c> unless coloured.
/// </summary>
internal sealed class SvgWriter
{
    private readonly IMathFont font;
    private readonly GlyphMode mode;
    private readonly StringBuilder svg = new();
    private readonly SortedSet<string> glyphIds = new(StringComparer.Ordinal);

    private SvgWriter(IMathFont font, GlyphMode mode)
    {
        this.font = font;
        this.mode = mode;
    }

    /// <summary>The SVG markup and the sorted ids of the glyph definitions it uses (empty in inline mode).</summary>
    /// <param name="tex">The accessible name (the TeX); null for a decorative piece of a larger equation (aria-hidden).</param>
    public static (string Svg, IReadOnlyList<string> GlyphIds) Write(Box root, IMathFont font, string? tex, GlyphMode mode)
    {
        var writer = new SvgWriter(font, mode);
        writer.WriteRoot(root, tex);
        return (writer.svg.ToString(), writer.glyphIds.ToArray());
    }

    private void WriteRoot(Box root, string? tex)
    {
        double em = font.UnitsPerEm;
        var width = System.Math.Max(0, root.Width);
        var height = System.Math.Max(0, root.Height);
        var depth = System.Math.Max(0, root.Depth);
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(SvgNumber.Em(width / em))
            .Append("em\" height=\"").Append(SvgNumber.Em((height + depth) / em))
            .Append("em\" viewBox=\"0 ").Append(SvgNumber.Units(-height)).Append(' ').Append(SvgNumber.Units(width))
            .Append(' ').Append(SvgNumber.Units(height + depth))
            .Append("\" style=\"vertical-align:").Append(SvgNumber.Em(-depth / em))
            .Append("em;overflow:visible\" fill=\"currentColor\"");
        if (tex is null)
        {
            svg.Append(" aria-hidden=\"true\" focusable=\"false\">");
        }
        else
        {
            svg.Append(" role=\"img\" focusable=\"false\" aria-label=\"").Append(SvgEscaping.Attribute(tex)).Append("\">");
        }

        WriteBox(root, 0, 0, "currentColor");
        svg.Append("</svg>");
    }

    /// <param name="x">Reference point, font units from the left.</param>
    /// <param name="y">Reference point in SVG coordinates (y down, baseline of the equation at 0).</param>
    private void WriteBox(Box box, double x, double y, string color)
    {
        switch (box)
        {
            case GlyphBox glyph:
                WriteGlyph(glyph, x, y);
                return;
            case RuleBox rule:
                if (rule.Visible && rule.Width > 0 && rule.TotalHeight > 0)
                {
                    svg.Append("<rect x=\"").Append(SvgNumber.Units(x)).Append("\" y=\"").Append(SvgNumber.Units(y - rule.Height))
                        .Append("\" width=\"").Append(SvgNumber.Units(rule.Width)).Append("\" height=\"")
                        .Append(SvgNumber.Units(rule.TotalHeight)).Append("\"/>");
                }

                return;
            case LineBox line:
                svg.Append("<line x1=\"").Append(SvgNumber.Units(x + line.X1)).Append("\" y1=\"").Append(SvgNumber.Units(y - line.Y1))
                    .Append("\" x2=\"").Append(SvgNumber.Units(x + line.X2)).Append("\" y2=\"").Append(SvgNumber.Units(y - line.Y2))
                    .Append("\" stroke=\"").Append(SvgEscaping.Attribute(color)).Append("\" stroke-width=\"")
                    .Append(SvgNumber.Units(line.Thickness)).Append('"');
                if (line.Dashed)
                {
                    svg.Append(" stroke-dasharray=\"").Append(SvgNumber.Units(line.Thickness * 4)).Append(' ')
                        .Append(SvgNumber.Units(line.Thickness * 3)).Append('"');
                }

                svg.Append("/>");
                return;
            case SystemTextBox text:
                WriteSystemText(text, x, y);
                return;
            case ColorBox colored:
                svg.Append("<g fill=\"").Append(SvgEscaping.Attribute(colored.Color)).Append("\">");
                WriteBox(colored.Inner, x, y, colored.Color);
                svg.Append("</g>");
                return;
        }

        foreach (var child in box.Children)
        {
            WriteBox(child.Box, x + child.X, y - child.Y, color);
        }
    }

    private void WriteGlyph(GlyphBox glyph, double x, double y)
    {
        var path = font.GetOutlinePath(glyph.Glyph);
        if (path.Length == 0)
        {
            return;
        }

        var scaled = glyph.Scale != 1.0;
        if (mode == GlyphMode.SharedDefinitions)
        {
            var id = GlyphId.For(font, glyph.Glyph);
            glyphIds.Add(id);
            svg.Append("<use href=\"#").Append(id).Append('"');
            if (scaled)
            {
                AppendTransform(x, y, glyph.Scale);
            }
            else
            {
                svg.Append(" x=\"").Append(SvgNumber.Units(x)).Append("\" y=\"").Append(SvgNumber.Units(y)).Append('"');
            }

            svg.Append("/>");
        }
        else
        {
            svg.Append("<path d=\"").Append(path).Append('"');
            AppendTransform(x, y, glyph.Scale);
            svg.Append("/>");
        }
    }

    /// <summary>Serif faces first (to sit with Latin Modern), then common CJK serif faces, then the generic family.</summary>
    private const string SystemTextFonts =
        "'Latin Modern Roman','STIX Two Text','Noto Serif','Noto Serif CJK SC','Source Han Serif SC','Songti SC',SimSun,serif";

    private void WriteSystemText(SystemTextBox text, double x, double y)
    {
        // Fill is inherited (currentColor, or the enclosing colour group), like every glyph.
        svg.Append("<text x=\"").Append(SvgNumber.Units(x)).Append("\" y=\"").Append(SvgNumber.Units(y))
            .Append("\" font-size=\"").Append(SvgNumber.Units(text.FontSize)).Append("\" font-family=\"").Append(SystemTextFonts).Append('"');
        if (text.Bold)
        {
            svg.Append(" font-weight=\"bold\"");
        }

        if (text.Italic)
        {
            svg.Append(" font-style=\"italic\"");
        }

        svg.Append('>').Append(SvgEscaping.Text(text.Text)).Append("</text>");
    }

    private void AppendTransform(double x, double y, double scale)
    {
        svg.Append(" transform=\"translate(").Append(SvgNumber.Units(x)).Append(' ').Append(SvgNumber.Units(y)).Append(')');
        if (scale != 1.0)
        {
            svg.Append(" scale(").Append(SvgNumber.Scale(scale)).Append(')');
        }

        svg.Append('"');
    }
}
