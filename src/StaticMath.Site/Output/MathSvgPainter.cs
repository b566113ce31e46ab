using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using SkiaSharp;

namespace StaticMath.Site.Output;

/// <summary>
/// Paints an equation the engine rendered with self-contained glyphs (<c>GlyphMode.Inline</c>) onto a Skia canvas:
/// the engine's SVG is a fixed vocabulary of glyph <c>&lt;path&gt;</c>s (with translate/scale), <c>&lt;rect&gt;</c> rules,
/// <c>&lt;line&gt;</c>s and colour groups, in units of 1/1000 em with the baseline at y = 0. Path data is read by Skia's
/// own SVG path parser. Text the engine leaves to system fonts (<c>&lt;text&gt;</c>) is not painted: a card must look
/// the same on every machine.
/// </summary>
internal static partial class MathSvgPainter
{
    private const float UnitsPerEm = 1000f;

    /// <summary>Paints <paramref name="svg"/> with its baseline's left end at (<paramref name="x"/>, <paramref name="baseline"/>).</summary>
    public static void Paint(SKCanvas canvas, string svg, float x, float baseline, float emPixels, SKColor colour)
    {
        // The SVG carries the author's TeX in its aria-label, control characters and all, which XML forbids; only the
        // drawing matters here.
        var root = XDocument.Parse(string.Concat(svg.Where(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)))).Root!;
        using var paint = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Fill };
        canvas.Save();
        canvas.Translate(x, baseline);
        canvas.Scale(emPixels / UnitsPerEm);
        PaintChildren(canvas, root, paint);
        canvas.Restore();
    }

    private static void PaintChildren(SKCanvas canvas, XElement parent, SKPaint paint)
    {
        foreach (var element in parent.Elements())
        {
            switch (element.Name.LocalName)
            {
                case "g":
                    PaintChildren(canvas, element, paint);
                    break;
                case "path":
                    PaintPath(canvas, element, paint);
                    break;
                case "rect":
                    canvas.DrawRect(Number(element, "x"), Number(element, "y"), Number(element, "width"), Number(element, "height"), paint);
                    break;
                case "line":
                    using (var stroke = new SKPaint { Color = paint.Color, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Number(element, "stroke-width") })
                        canvas.DrawLine(Number(element, "x1"), Number(element, "y1"), Number(element, "x2"), Number(element, "y2"), stroke);
                    break;
            }
        }
    }

    private static void PaintPath(SKCanvas canvas, XElement element, SKPaint paint)
    {
        using var path = SKPath.ParseSvgPathData((string?)element.Attribute("d") ?? "");
        if (path is null) return;
        canvas.Save();
        var transform = (string?)element.Attribute("transform") ?? "";
        if (Translate().Match(transform) is { Success: true } t) canvas.Translate(Parse(t.Groups[1].Value), Parse(t.Groups[2].Value));
        if (Scale().Match(transform) is { Success: true } s) canvas.Scale(Parse(s.Groups[1].Value), s.Groups[2].Success ? Parse(s.Groups[2].Value) : Parse(s.Groups[1].Value));
        canvas.DrawPath(path, paint);
        canvas.Restore();
    }

    private static float Number(XElement element, string name) => Parse((string?)element.Attribute(name) ?? "0");

    private static float Parse(string text) =>
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0f;

    [GeneratedRegex(@"translate\(\s*([-+\d.eE]+)[\s,]+([-+\d.eE]+)\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Translate();

    [GeneratedRegex(@"scale\(\s*([-+\d.eE]+)(?:[\s,]+([-+\d.eE]+))?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Scale();
}
