using StaticMath.Math.OpenType;

namespace StaticMath.Math.Svg;

/// <summary>The page-level hidden <c>&lt;svg&gt;&lt;defs&gt;</c> holding each glyph outline once, for <see cref="GlyphMode.SharedDefinitions"/>.</summary>
internal static class GlyphDefinitionsWriter
{
    private const string Start = "<svg xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" focusable=\"false\" "
        + "style=\"position:absolute;width:0;height:0;overflow:hidden\"><defs>";
    private const string End = "</defs></svg>";
    private const string PathStart = "<path id=\"";
    private const string PathMiddle = "\" d=\"";
    private const string PathEnd = "\"/>";

    /// <remarks>Written into a string of its exact length: every page has its own, of a few hundred KB, and a builder's
    /// chunks and copy doubled that (a third of a gigabyte in a cold 1,000-post build).</remarks>
    public static string Write(IMathFont font, IEnumerable<string> glyphIds)
    {
        var paths = new List<(string Id, string Outline)>();
        var length = Start.Length + End.Length;
        foreach (var id in glyphIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (!GlyphId.TryParse(font, id, out var glyph)) continue;
            var outline = font.GetOutlinePath(glyph);
            paths.Add((id, outline));
            length += PathStart.Length + id.Length + PathMiddle.Length + outline.Length + PathEnd.Length;
        }

        return string.Create(length, paths, static (chars, paths) =>
        {
            var at = Put(chars, 0, Start);
            foreach (var (id, outline) in paths)
            {
                at = Put(chars, at, PathStart);
                at = Put(chars, at, id);
                at = Put(chars, at, PathMiddle);
                at = Put(chars, at, outline);
                at = Put(chars, at, PathEnd);
            }

            Put(chars, at, End);
        });
    }

    private static int Put(Span<char> chars, int at, string text)
    {
        text.CopyTo(chars[at..]);
        return at + text.Length;
    }
}
