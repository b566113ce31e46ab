using System.Net;
using System.Text;
using Fluid.Values;

namespace StaticMath.Site.Liquid.Tags;

/// <summary>
/// al-folio's <c>figure.liquid</c>/<c>figure.html</c> and <c>video.liquid</c> includes as our figure markup
/// (the same structure the Markdown figure renderer writes: <c>figure.figure &gt; img + figcaption</c>), on ONE line
/// so the body keeps its line numbers. Captions are inserted as written (HTML allowed), as Jekyll does.
/// Parameters: path/url, class, alt, title, caption, width, height, min-/max-width/height, zoomable, loading,
/// sizes, slot; video adds controls, autoplay, loop, muted. cache_bust and imagemagick srcsets are not needed.
/// </summary>
internal static class FigureIncludeHtml
{
    public static readonly IReadOnlySet<string> FigureNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "figure.liquid", "figure.html" };
    public static readonly IReadOnlySet<string> VideoNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "video.liquid", "video.html" };

    public static string Figure(IReadOnlyDictionary<string, FluidValue> args, string baseUrl)
    {
        var src = Source(args, baseUrl);
        var img = new StringBuilder("<img src=\"").Append(Attr(src)).Append('"');
        img.Append(" alt=\"").Append(Attr(Text(args, "alt") ?? "")).Append('"');
        AppendOptional(img, "class", Text(args, "class"));
        AppendOptional(img, "width", Text(args, "width"));
        AppendOptional(img, "height", Text(args, "height"));
        AppendOptional(img, "style", Style(args));
        AppendOptional(img, "title", Text(args, "title"));
        AppendOptional(img, "sizes", Text(args, "sizes"));
        img.Append(" loading=\"").Append(Attr(Text(args, "loading") ?? "lazy")).Append('"');
        if (IsTrue(args, "zoomable")) img.Append(" data-zoomable");
        img.Append('>');
        return Wrap(args, img.ToString());
    }

    public static string Video(IReadOnlyDictionary<string, FluidValue> args, string baseUrl)
    {
        var src = Source(args, baseUrl);
        var sb = new StringBuilder();
        if (Configuration.SiteUrls.IsExternal(src) && !src.EndsWith(".mp4", StringComparison.OrdinalIgnoreCase) && !src.EndsWith(".webm", StringComparison.OrdinalIgnoreCase))
        {
            sb.Append("<iframe src=\"").Append(Attr(src)).Append('"');
            AppendOptional(sb, "class", Text(args, "class"));
            AppendOptional(sb, "width", Text(args, "width") ?? "100%");
            AppendOptional(sb, "height", Text(args, "height"));
            AppendOptional(sb, "title", Text(args, "title") ?? Text(args, "alt") ?? "video");
            sb.Append(" loading=\"lazy\" allowfullscreen></iframe>");
        }
        else
        {
            sb.Append("<video src=\"").Append(Attr(src)).Append('"');
            AppendOptional(sb, "class", Text(args, "class"));
            AppendOptional(sb, "width", Text(args, "width"));
            AppendOptional(sb, "height", Text(args, "height"));
            AppendOptional(sb, "style", Style(args));
            foreach (var flag in new[] { "controls", "autoplay", "loop", "muted" })
                if (IsTrue(args, flag)) sb.Append(' ').Append(flag);
            if (IsTrue(args, "autoplay")) sb.Append(" playsinline");
            sb.Append(" preload=\"metadata\"></video>");
        }
        return Wrap(args, sb.ToString());
    }

    private static string Wrap(IReadOnlyDictionary<string, FluidValue> args, string media)
    {
        var sb = new StringBuilder("<figure class=\"figure\"");
        AppendOptional(sb, "slot", Text(args, "slot"));
        sb.Append('>').Append(media);
        if (Text(args, "caption") is { } caption)
            sb.Append("<figcaption>").Append(OneLine(caption)).Append("</figcaption>");
        return sb.Append("</figure>").ToString();
    }

    private static string Source(IReadOnlyDictionary<string, FluidValue> args, string baseUrl)
    {
        var path = Text(args, "path") ?? Text(args, "url") ?? "";
        return Configuration.SiteUrls.Relative(path, baseUrl);
    }

    private static readonly string[] SizeLimits = ["min-width", "min-height", "max-width", "max-height"];

    private static string? Style(IReadOnlyDictionary<string, FluidValue> args)
    {
        var rules = SizeLimits
            .Select(k => (k, v: Text(args, k))).Where(p => p.v is not null).Select(p => $"{p.k}: {p.v};").ToList();
        return rules.Count == 0 ? null : string.Join(" ", rules);
    }

    private static string? Text(IReadOnlyDictionary<string, FluidValue> args, string key)
    {
        if (!args.TryGetValue(key, out var value) || value.IsNil()) return null;
        if (value is BooleanValue b && !b.ToBooleanValue()) return null;
        var text = value.ToStringValue();
        return text.Length == 0 ? null : text;
    }

    private static bool IsTrue(IReadOnlyDictionary<string, FluidValue> args, string key) =>
        args.TryGetValue(key, out var value) && !value.IsNil() && value.ToBooleanValue() && value.ToStringValue() != "false";

    private static void AppendOptional(StringBuilder sb, string name, string? value)
    {
        if (value is not null) sb.Append(' ').Append(name).Append("=\"").Append(Attr(value)).Append('"');
    }

    private static string Attr(string value) => WebUtility.HtmlEncode(value);

    // A multi-line caption would shift every later line of the page; its line breaks are plain spaces in HTML anyway.
    private static string OneLine(string text) => text.Replace("\r\n", " ").Replace('\n', ' ');
}
