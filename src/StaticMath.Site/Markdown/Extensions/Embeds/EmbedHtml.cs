using System.Globalization;
using System.Net;
using System.Text;

namespace StaticMath.Site.Markdown.Extensions.Embeds;

/// <summary>
/// Builds embed markup (public so the Jekyll <c>{% youtube %}</c> / <c>{% twitter %}</c> tags produce the same HTML).
/// Class names are the default theme's (blocks.css):
/// <code>
/// &lt;div class="embed embed--youtube" style="--embed-ratio: 16 / 9"&gt;&lt;iframe src="https://www.youtube-nocookie.com/embed/ID" loading="lazy" …&gt;&lt;/iframe&gt;&lt;/div&gt;
/// &lt;div class="embed embed--placeholder embed--youtube" …&gt;&lt;a class="embed__placeholder" href="…"&gt;▶ Title&lt;/a&gt;&lt;span class="embed__provider"&gt;YouTube · opens youtube.com&lt;/span&gt;&lt;/div&gt;
/// &lt;blockquote class="tweet" cite="URL"&gt;&lt;p&gt;…&lt;/p&gt;&lt;p class="tweet__meta"&gt;&lt;span class="tweet__author"&gt;…&lt;/span&gt; &lt;a class="tweet__link" href="URL"&gt;…&lt;/a&gt;&lt;/p&gt;&lt;/blockquote&gt;
/// </code>
/// </summary>
public static class EmbedHtml
{
    public const string YouTubeAllow = "accelerometer; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share";

    public static string YouTube(string videoId, int startSeconds, string? title, EmbedsConfig config)
    {
        var caption = string.IsNullOrWhiteSpace(title) ? "YouTube video" : title;
        if (config.ClickToLoad)
            return Placeholder(EmbedUrls.YouTubeWatch(videoId, startSeconds), caption, "YouTube", "youtube", "16 / 9");
        return Iframe(EmbedUrls.YouTubeEmbed(videoId, startSeconds), caption, "youtube", "16 / 9", allow: YouTubeAllow, allowFullscreen: true);
    }

    /// <summary>A lazily loaded iframe in a responsive box keeping <paramref name="ratio"/> (CSS form, e.g. "16 / 9").</summary>
    public static string Iframe(string src, string title, string provider, string ratio, string? allow = null, bool allowFullscreen = false)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"embed embed--").Append(Encode(provider)).Append("\" style=\"--embed-ratio: ").Append(Encode(ratio)).Append("\">");
        html.Append("<iframe src=\"").Append(Encode(src)).Append("\" title=\"").Append(Encode(title)).Append('"');
        html.Append(" loading=\"lazy\" referrerpolicy=\"strict-origin-when-cross-origin\"");
        if (allow is not null) html.Append(" allow=\"").Append(Encode(allow)).Append('"');
        if (allowFullscreen) html.Append(" allowfullscreen");
        html.Append("></iframe></div>\n");
        return html.ToString();
    }

    /// <summary>The click-to-load stand-in: a plain link to the content on the provider's site; no third-party request.</summary>
    public static string Placeholder(string href, string title, string providerName, string provider, string ratio) =>
        "<div class=\"embed embed--placeholder embed--" + Encode(provider) + "\" style=\"--embed-ratio: " + Encode(ratio) + "\">" +
        "<a class=\"embed__placeholder\" href=\"" + Encode(href) + "\">\u25B6\uFE0E " + Encode(title) + "</a>" +
        "<span class=\"embed__provider\">" + Encode(providerName) + " \u00B7 opens " + Encode(HostOf(href)) + "</span></div>\n";

    /// <summary>A static quote card for a tweet whose text we do not have (URL shorthand, <c>{% twitter URL %}</c>).</summary>
    public static string TweetLink(string url)
    {
        var clean = EmbedUrls.CleanTweetUrl(url);
        _ = EmbedUrls.TryParseTweet(clean, out var user, out _); // no user in the URL gives "a post"
        var author = user.Length > 0 ? "@" + user : "a post";
        return "<blockquote class=\"tweet tweet--link-only\" cite=\"" + Encode(clean) + "\">" +
               "<p class=\"tweet__meta\"><span class=\"tweet__author\">" + Encode(author) + "</span> on X " +
               "<a class=\"tweet__link\" href=\"" + Encode(clean) + "\">View the post</a></p></blockquote>\n";
    }

    public static string RatioFrom(string? width, string? height)
    {
        if (double.TryParse(width, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) &&
            double.TryParse(height, NumberStyles.Float, CultureInfo.InvariantCulture, out var h) && w > 0 && h > 0)
            return w.ToString("0.###", CultureInfo.InvariantCulture) + " / " + h.ToString("0.###", CultureInfo.InvariantCulture);
        return "16 / 9";
    }

    public static string HostOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
