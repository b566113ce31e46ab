using SkiaSharp;
using StaticMath.Math;
using StaticMath.Site.Content;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Output;

/// <summary>
/// A post's social image (<c>og:image</c>) when its front matter names none: a 1200×630 PNG with the post's title and
/// its first display equation, drawn with Skia from the engine's own glyph outlines (Latin Modern, embedded), so the
/// same post gives the same bytes on every machine. Written next to the post as <c>social-card.png</c>.
/// </summary>
public static class SocialCard
{
    public const string FileName = "social-card.png";
    public const int Width = 1200;
    public const int Height = 630;

    private const float Margin = 64f;
    private const float TitleEm = 60f;
    private const float EquationEm = 54f;
    private const int MaxTitleLines = 3;
    private static readonly SKColor Background = new(0xfd, 0xfd, 0xfb);
    private static readonly SKColor Ink = new(0x1b, 0x1c, 0x1f);
    private static readonly SKColor Accent = new(0xb3, 0x37, 0x1b);

    /// <summary>Front matter keys that name a social image (al-folio, jekyll-seo-tag, Hugo): a post with one gets no card.</summary>
    private static readonly string[] ImageKeys = ["og_image", "image", "images"];

    public static bool IsWanted(Page page, bool enabled) =>
        enabled && page.IsPost && !ImageKeys.Any(k => page.FrontMatter.TryGetValue(k, out var v) && v is not null && v is not "");

    /// <summary>Output path of the card: beside the post's index.html (<c>posts/x/social-card.png</c>).</summary>
    public static string OutputPathFor(Page page)
    {
        var path = page.OutputPath;
        return path.EndsWith("index.html", StringComparison.Ordinal)
            ? path[..^"index.html".Length] + FileName
            : path[..^Path.GetExtension(path).Length] + "." + FileName;
    }

    public static string UrlFor(Page page) => "/" + OutputPathFor(page);

    /// <summary>The PNG bytes of the card.</summary>
    /// <param name="title">The post's title as written (math in <c>$…$</c> is typeset).</param>
    /// <param name="equationTex">The TeX of the equation to show under the title, or null.</param>
    public static byte[] Draw(string title, string? equationTex, MathRenderOptions options)
    {
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(Background);
        using (var accent = new SKPaint { Color = Accent, Style = SKPaintStyle.Fill })
            canvas.DrawRect(0, 0, 16, Height, accent);

        var y = Margin;
        foreach (var line in SocialCardTitle.Lines(title, options, (Width - 2 * Margin) / TitleEm).Take(MaxTitleLines))
        {
            y += (float)line.HeightEm * TitleEm;
            var x = Margin;
            foreach (var piece in line.Pieces)
            {
                MathSvgPainter.Paint(canvas, piece.Svg, x, y, TitleEm, Ink);
                x += (float)(piece.WidthEm + SocialCardTitle.SpaceEm) * TitleEm;
            }
            y += (float)line.DepthEm * TitleEm + 0.25f * TitleEm;
        }

        if (equationTex is not null) DrawEquation(canvas, equationTex, options, y + 0.4f * EquationEm);

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>The equation centred in the space left under the title, shrunk to fit; nothing if it does not render.</summary>
    private static void DrawEquation(SKCanvas canvas, string tex, MathRenderOptions options, float top)
    {
        var result = MathRenderer.Default.Render(tex, MathMode.Display, options);
        if (result.HasErrors || result.WidthEm <= 0) return;
        var available = (Width - 2 * Margin, Height - Margin - top);
        if (available.Item2 < 0.8f * EquationEm) return;
        var em = (float)System.Math.Min(EquationEm, System.Math.Min(available.Item1 / result.WidthEm, available.Item2 / (result.HeightEm + result.DepthEm)));
        var x = (Width - (float)result.WidthEm * em) / 2;
        var baseline = top + (available.Item2 - (float)(result.HeightEm + result.DepthEm) * em) / 2 + (float)result.HeightEm * em;
        MathSvgPainter.Paint(canvas, result.Svg, x, baseline, em, Ink);
    }
}
