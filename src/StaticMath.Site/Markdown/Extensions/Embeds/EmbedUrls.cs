using System.Text.RegularExpressions;

namespace StaticMath.Site.Markdown.Extensions.Embeds;

/// <summary>Recognises YouTube and Twitter/X URLs and builds their privacy-enhanced or canonical forms.</summary>
public static partial class EmbedUrls
{
    [GeneratedRegex(@"^https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?(?:[^#]*&)?v=|embed/|shorts/|live/|v/)|youtube-nocookie\.com/embed/|youtu\.be/)(?<id>[A-Za-z0-9_-]{6,20})(?<rest>[^\s]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex YouTubePattern();

    [GeneratedRegex(@"^https?://(?:www\.|mobile\.)?(?:twitter\.com|x\.com)/(?<user>[A-Za-z0-9_]{1,15})/status(?:es)?/(?<id>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex TweetPattern();

    [GeneratedRegex(@"[?&](?:t|start)=(?<t>(?:\d+h)?(?:\d+m)?\d+s?)")]
    private static partial Regex StartPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_-]{6,20}$")]
    private static partial Regex YouTubeIdPattern();

    public static bool IsYouTubeId(string text) => YouTubeIdPattern().IsMatch(text);

    /// <summary>The video id (and start time in seconds, 0 if none) of a YouTube watch, short, embed or youtu.be URL.</summary>
    public static bool TryParseYouTube(string url, out string id, out int startSeconds)
    {
        id = "";
        startSeconds = 0;
        var match = YouTubePattern().Match(url.Trim());
        if (!match.Success) return false;
        id = match.Groups["id"].Value;
        var start = StartPattern().Match(match.Groups["rest"].Value);
        if (start.Success) startSeconds = ParseSeconds(start.Groups["t"].Value);
        return true;
    }

    /// <summary>Screen name and status id of a tweet URL (twitter.com or x.com).</summary>
    public static bool TryParseTweet(string url, out string user, out string statusId)
    {
        user = statusId = "";
        var match = TweetPattern().Match(url.Trim());
        if (!match.Success) return false;
        user = match.Groups["user"].Value;
        statusId = match.Groups["id"].Value;
        return true;
    }

    public static string YouTubeEmbed(string id, int startSeconds) =>
        "https://www.youtube-nocookie.com/embed/" + id + (startSeconds > 0 ? "?start=" + startSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");

    public static string YouTubeWatch(string id, int startSeconds) =>
        "https://www.youtube.com/watch?v=" + id + (startSeconds > 0 ? "&t=" + startSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + "s" : "");

    /// <summary>The tweet URL without tracking parameters (<c>?ref_src=…</c>).</summary>
    public static string CleanTweetUrl(string url)
    {
        var q = url.IndexOf('?');
        return q < 0 ? url : url[..q];
    }

    private static int ParseSeconds(string text)
    {
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var plain)) return plain;
        var total = 0;
        var number = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c)) number = number * 10 + (c - '0');
            else
            {
                total += c switch { 'h' => number * 3600, 'm' => number * 60, _ => number };
                number = 0;
            }
        }
        return total + number;
    }
}
