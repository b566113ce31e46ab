using System.Text;
using StaticMath.Math;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Output;

/// <summary>
/// A title set for a social card: each word (as <c>\text{…}</c>) and each formula typeset by the engine, then broken
/// into lines greedily at word boundaries.
/// </summary>
internal static class SocialCardTitle
{
    public const double SpaceEm = 0.28;

    public sealed record Piece(string Svg, double WidthEm, double HeightEm, double DepthEm);

    public sealed record Line(IReadOnlyList<Piece> Pieces)
    {
        public double HeightEm => Pieces.Count == 0 ? 0.7 : System.Math.Max(0.7, Pieces.Max(p => p.HeightEm));
        public double DepthEm => Pieces.Count == 0 ? 0.2 : System.Math.Max(0.2, Pieces.Max(p => p.DepthEm));
    }

    public static IEnumerable<Line> Lines(string title, MathRenderOptions options, double widthEm)
    {
        var line = new List<Piece>();
        var used = 0.0;
        foreach (var piece in Pieces(title, options))
        {
            var needed = (line.Count > 0 ? SpaceEm : 0) + piece.WidthEm;
            if (line.Count > 0 && used + needed > widthEm)
            {
                yield return new Line(line);
                line = [];
                needed = piece.WidthEm;
                used = 0;
            }
            line.Add(piece);
            used += needed;
        }
        if (line.Count > 0) yield return new Line(line);
    }

    private static IEnumerable<Piece> Pieces(string title, MathRenderOptions options)
    {
        var i = 0;
        var plainFrom = 0;
        while (i < title.Length)
        {
            if (title[i] is '$' or '\\' && MathSpanMatcher.Match(title, i, title.Length, 0) is { } span)
            {
                foreach (var word in Words(title[plainFrom..i], options)) yield return word;
                if (Typeset(title[span.TexStart..span.TexEnd], options) is { } math) yield return math;
                i = plainFrom = span.End;
                continue;
            }
            i += title[i] == '\\' && i + 1 < title.Length ? 2 : 1;
        }
        foreach (var word in Words(title[plainFrom..], options)) yield return word;
    }

    private static IEnumerable<Piece> Words(string plain, MathRenderOptions options) =>
        plain.Replace("\\$", "$", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => Typeset(@"\text{" + EscapeText(word) + "}", options)).OfType<Piece>();

    private static Piece? Typeset(string tex, MathRenderOptions options)
    {
        var result = MathRenderer.Default.Render(tex, MathMode.Inline, options);
        return result.HasErrors ? null : new Piece(result.Svg, result.WidthEm, result.HeightEm, result.DepthEm);
    }

    /// <summary>A word as the argument of <c>\text</c>: TeX's special characters as the commands that print them.</summary>
    private static string EscapeText(string word)
    {
        var text = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            text.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '#' or '$' or '%' or '&' or '_' => "\\" + c,
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }
}
