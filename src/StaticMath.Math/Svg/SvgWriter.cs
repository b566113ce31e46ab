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
    private readonly StringBuilder svg;
    private readonly HashSet<string>? glyphIds;
    // The HTML form, written beside the XML: what the two share is copied from the XML as it grows.
    private readonly HtmlSvgForm? html;
    private int htmlCopiedUpTo;
    // Where the root's aria-label value is in the XML (its HTML form carries it when the XML is not kept).
    private (int Start, int Length)? ariaLabel;

    // One builder per thread, reused: growing a fresh one for every equation allocated as much again as the SVG itself.
    [ThreadStatic]
    private static StringBuilder? spareBuilder;

    // The glyph ids an SVG uses, gathered in a set kept per thread (a sorted set per equation allocated a node per glyph).
    [ThreadStatic]
    private static HashSet<string>? spareGlyphIds;

    private static string[] Sorted(HashSet<string> ids)
    {
        var sorted = new string[ids.Count];
        ids.CopyTo(sorted);
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }

    /// <summary>A builder that grew past this (a huge equation) is dropped rather than kept for the thread's lifetime.</summary>
    private const int LargestKeptCapacity = 1 << 18;

    private SvgWriter(IMathFont font, GlyphMode mode, StringBuilder svg, HashSet<string>? glyphIds, HtmlSvgForm? html)
    {
        this.font = font;
        this.mode = mode;
        this.svg = svg;
        this.glyphIds = glyphIds;
        this.html = html;
    }

    /// <summary>The SVG markup, its HTML form when asked for and the SVG is plain (see <see cref="HtmlSvgForm"/>; else
    /// null), and the sorted ids of the glyph definitions it uses (empty in inline mode).</summary>
    /// <param name="tex">The accessible name (the TeX); null for a decorative piece of a larger equation (aria-hidden).</param>
    /// <param name="withXml">False: when the HTML form is written, the markup is left empty (the form carries its length
    /// and accessible name).</param>
    public static (string Svg, Utf8Svg? Html, IReadOnlyList<string> GlyphIds) Write(Box root, IMathFont font, string? tex, GlyphMode mode, bool withHtml, bool withXml = true)
    {
        var builder = spareBuilder ?? new StringBuilder(4096);
        spareBuilder = null;
        var html = withHtml ? HtmlSvgForm.Rent() : null;
        var ids = mode == GlyphMode.SharedDefinitions ? spareGlyphIds ?? new HashSet<string>(StringComparer.Ordinal) : null;
        if (ids is not null) spareGlyphIds = null;
        try
        {
            var writer = new SvgWriter(font, mode, builder, ids, html);
            writer.WriteRoot(root, tex);
            var htmlForm = writer.HtmlForm();
            var xml = htmlForm is null || withXml ? builder.ToString() : "";
            return (xml, htmlForm, ids is null ? [] : Sorted(ids));
        }
        finally
        {
            if (builder.Capacity <= LargestKeptCapacity)
            {
                spareBuilder = builder.Clear();
            }

            html?.Return();

            if (ids is not null)
            {
                ids.Clear();
                spareGlyphIds = ids;
            }
        }
    }

    private void WriteRoot(Box root, string? tex)
    {
        double em = font.UnitsPerEm;
        var width = System.Math.Max(0, root.Width);
        var height = System.Math.Max(0, root.Height);
        var depth = System.Math.Max(0, root.Depth);
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").AppendEm(width / em)
            .Append("em\" height=\"").AppendEm((height + depth) / em)
            .Append("em\" viewBox=\"0 ").AppendUnits(-height).Append(' ').AppendUnits(width)
            .Append(' ').AppendUnits(height + depth)
            .Append("\" style=\"vertical-align:").AppendEm(-depth / em)
            .Append("em;overflow:visible\" fill=\"currentColor\"");
        if (tex is null)
        {
            svg.Append(" aria-hidden=\"true\" focusable=\"false\">");
        }
        else
        {
            svg.Append(" role=\"img\" focusable=\"false\" aria-label=\"");
            var labelStart = svg.Length;
            AttributeValue(tex);
            ariaLabel = (labelStart, svg.Length - labelStart);
            svg.Append("\">");
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
                    svg.Append("<rect x=\"").AppendUnits(x).Append("\" y=\"").AppendUnits(y - rule.Height)
                        .Append("\" width=\"").AppendUnits(rule.Width).Append("\" height=\"")
                        .AppendUnits(rule.TotalHeight).Append('"');
                    EndEmptyElement("rect");
                }

                return;
            case LineBox line:
                // Attribute names with digits (x1 … y2) are not in the plain shape a page converts in one scan.
                html?.NotPlain();
                svg.Append("<line x1=\"").AppendUnits(x + line.X1).Append("\" y1=\"").AppendUnits(y - line.Y1)
                    .Append("\" x2=\"").AppendUnits(x + line.X2).Append("\" y2=\"").AppendUnits(y - line.Y2)
                    .Append("\" stroke=\"");
                AttributeValue(color);
                svg.Append("\" stroke-width=\"").AppendUnits(line.Thickness).Append('"');
                if (line.Dashed)
                {
                    svg.Append(" stroke-dasharray=\"").AppendUnits(line.Thickness * 4).Append(' ')
                        .AppendUnits(line.Thickness * 3).Append('"');
                }

                EndEmptyElement("line");
                return;
            case SystemTextBox text:
                WriteSystemText(text, x, y);
                return;
            case ColorBox colored:
                // The page moves colours into styles (its own business): a coloured SVG has no plain HTML form here.
                html?.NotPlain();
                svg.Append("<g fill=\"").AppendEscapedAttribute(colored.Color).Append("\">");
                WriteBox(colored.Inner, x, y, colored.Color);
                svg.Append("</g>");
                return;
        }

        var children = box.Children;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
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
            glyphIds!.Add(id);
            svg.Append("<use href=\"#").Append(id).Append('"');
            if (scaled)
            {
                AppendTransform(x, y, glyph.Scale);
            }
            else
            {
                svg.Append(" x=\"").AppendUnits(x).Append("\" y=\"").AppendUnits(y).Append('"');
            }

            EndEmptyElement("use");
        }
        else
        {
            svg.Append("<path d=\"").Append(path).Append('"');
            AppendTransform(x, y, glyph.Scale);
            EndEmptyElement("path");
        }
    }

    /// <summary>Serif faces first (to sit with Latin Modern), then common CJK serif faces, then the generic family.</summary>
    private const string SystemTextFonts =
        "'Latin Modern Roman','STIX Two Text','Noto Serif','Noto Serif CJK SC','Source Han Serif SC','Songti SC',SimSun,serif";

    private void WriteSystemText(SystemTextBox text, double x, double y)
    {
        // Fill is inherited (currentColor, or the enclosing colour group), like every glyph.
        svg.Append("<text x=\"").AppendUnits(x).Append("\" y=\"").AppendUnits(y)
            .Append("\" font-size=\"").AppendUnits(text.FontSize).Append("\" font-family=\"").Append(SystemTextFonts).Append('"');
        if (text.Bold)
        {
            svg.Append(" font-weight=\"bold\"");
        }

        if (text.Italic)
        {
            svg.Append(" font-style=\"italic\"");
        }

        svg.Append('>');
        TextContent(text.Text);
        svg.Append("</text>");
    }

    /// <summary>An empty element's end: self-closing in XML, an end tag in the HTML form.</summary>
    private void EndEmptyElement(string name)
    {
        CopyToHtml();
        svg.Append("/>");
        html?.EndTag(name);
        htmlCopiedUpTo = svg.Length;
    }

    private void AttributeValue(string value)
    {
        CopyToHtml();
        svg.AppendEscapedAttribute(value);
        html?.AttributeValue(value);
        htmlCopiedUpTo = svg.Length;
    }

    private void TextContent(string text)
    {
        CopyToHtml();
        svg.AppendEscapedText(text);
        html?.Text(text);
        htmlCopiedUpTo = svg.Length;
    }

    /// <summary>What the XML gained since the last difference, which the HTML form writes the same.</summary>
    private void CopyToHtml() => html?.Append(svg, htmlCopiedUpTo, svg.Length - htmlCopiedUpTo);

    private Utf8Svg? HtmlForm()
    {
        CopyToHtml();
        return html?.ToUtf8() is not { } form ? null : form with
        {
            XmlLength = svg.Length,
            XmlAriaLabel = ariaLabel is var (start, length) ? svg.ToString(start, length) : null,
        };
    }

    private void AppendTransform(double x, double y, double scale)
    {
        svg.Append(" transform=\"translate(").AppendUnits(x).Append(' ').AppendUnits(y).Append(')');
        if (scale != 1.0)
        {
            svg.Append(" scale(").AppendScale(scale).Append(')');
        }

        svg.Append('"');
    }
}
