using System.Net;

namespace StaticMath.Site.Liquid.Tags;

/// <summary>
/// Embed markup for the Liquid embed tags, using the same classes as the Markdown embed renderer
/// (<c>div.embed.embed--youtube</c> with a lazy privacy-friendly iframe, <c>blockquote.tweet</c> link card).
/// </summary>
internal static class EmbedMarkup
{
    public static string? YouTubeId(string argument)
    {
        if (argument.Length == 0) return null;
        if (!argument.Contains('/') && !argument.Contains('.')) return IsId(argument) ? argument : null;
        if (!Uri.TryCreate(argument.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? argument : "https://" + argument, UriKind.Absolute, out var uri)) return null;
        string? id = null;
        if (uri.Host.EndsWith("youtu.be", StringComparison.OrdinalIgnoreCase))
            id = uri.AbsolutePath.Trim('/');
        else if (uri.AbsolutePath.StartsWith("/embed/", StringComparison.Ordinal) || uri.AbsolutePath.StartsWith("/shorts/", StringComparison.Ordinal))
            id = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(1);
        else
            id = uri.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0] == "v" && p.Length == 2)?[1];
        return id is not null && IsId(id) ? id : null;
    }

    public static string YouTube(string id, bool clickToLoad)
    {
        var watch = "https://www.youtube.com/watch?v=" + id;
        if (clickToLoad)
            return "<div class=\"embed embed--placeholder embed--youtube\" style=\"--embed-ratio: 16 / 9\"><a class=\"embed__placeholder\" href=\"" +
                   Encode(watch) + "\">\u25B6\uFE0E YouTube video</a><span class=\"embed__provider\">YouTube \u00B7 opens www.youtube.com</span></div>";
        return "<div class=\"embed embed--youtube\" style=\"--embed-ratio: 16 / 9\"><iframe src=\"https://www.youtube-nocookie.com/embed/" + Encode(id) +
               "\" title=\"YouTube video\" loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\" allow=\"accelerometer; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share\" allowfullscreen></iframe></div>";
    }

    public static string Tweet(string url)
    {
        var clean = url.Split('?')[0];
        var user = Uri.TryCreate(clean, UriKind.Absolute, out var uri) ? uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() : null;
        var author = string.IsNullOrEmpty(user) ? "a post" : "@" + user;
        return "<blockquote class=\"tweet tweet--link-only\" cite=\"" + Encode(clean) + "\"><p class=\"tweet__meta\"><span class=\"tweet__author\">" +
               Encode(author) + "</span> on X <a class=\"tweet__link\" href=\"" + Encode(clean) + "\">View the post</a></p></blockquote>";
    }

    private static bool IsId(string s) => s.Length is >= 6 and <= 20 && s.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static string Encode(string s) => WebUtility.HtmlEncode(s);
}
