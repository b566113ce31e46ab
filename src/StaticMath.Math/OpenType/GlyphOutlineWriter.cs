using System.Globalization;
using System.Text;
using SkiaSharp;

namespace StaticMath.Math.OpenType;

/// <summary>
/// Turns a Skia glyph path (font units, y down, baseline at 0 — Skia's device convention) into compact SVG path data:
/// absolute commands, numbers rounded to whole font units (1/1000 em for Latin Modern: invisible, and it also removes
/// Skia's ±0.1 scaling noise on the font's integer CFF coordinates) with the invariant culture, so the same glyph always
/// gives byte-identical, compact text.
/// </summary>
internal static class GlyphOutlineWriter
{
    public static string Write(SKPath path)
    {
        var sb = new StringBuilder();
        using var iterator = path.CreateRawIterator();
        Span<SKPoint> points = stackalloc SKPoint[4];
        SKPathVerb verb;
        while ((verb = iterator.Next(points)) != SKPathVerb.Done)
        {
            switch (verb)
            {
                case SKPathVerb.Move:
                    Append(sb, 'M', points[0]);
                    break;
                case SKPathVerb.Line:
                    Append(sb, 'L', points[1]);
                    break;
                case SKPathVerb.Quad:
                    Append(sb, 'Q', points[1], points[2]);
                    break;
                case SKPathVerb.Conic:
                    // Glyph outlines are quadratic or cubic; a conic can only appear through a transform. Approximate it
                    // by its quadratic control polygon, which is exact for weight 1.
                    Append(sb, 'Q', points[1], points[2]);
                    break;
                case SKPathVerb.Cubic:
                    Append(sb, 'C', points[1], points[2], points[3]);
                    break;
                case SKPathVerb.Close:
                    sb.Append('Z');
                    break;
            }
        }
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, char command, params ReadOnlySpan<SKPoint> points)
    {
        sb.Append(command);
        for (var i = 0; i < points.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }
            AppendNumber(sb, points[i].X);
            // SVG's minus sign doubles as a separator; a space is needed only before non-negative numbers.
            if (Round(points[i].Y) >= 0)
            {
                sb.Append(' ');
            }
            AppendNumber(sb, points[i].Y);
        }
    }

    private static void AppendNumber(StringBuilder sb, float value) =>
        sb.Append(Round(value).ToString(CultureInfo.InvariantCulture));

    private static int Round(float value) => (int)System.Math.Round(value, MidpointRounding.AwayFromZero);
}
