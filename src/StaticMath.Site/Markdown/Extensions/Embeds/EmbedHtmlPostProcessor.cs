using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Embeds;

/// <summary>
/// Raw-HTML embeds from real posts: every <c>&lt;iframe&gt;</c> is wrapped in a responsive <c>div.embed</c> keeping its
/// aspect ratio (from <c>width</c>/<c>height</c> or an inline <c>aspect-ratio</c>), gets <c>loading="lazy"</c>, and
/// YouTube moves to youtube-nocookie.com; under <c>embeds.mode: click-to-load</c> it becomes a placeholder link.
/// <c>&lt;blockquote class="twitter-tweet"&gt;</c> becomes a static quote card, and provider widget scripts
/// (widgets.js & co.) are removed: no third-party JavaScript ever runs.
/// </summary>
public sealed partial class EmbedHtmlPostProcessor(EmbedsConfig config) : IHtmlPostProcessor
{
    private static readonly string[] WidgetScripts =
    [
        "platform.twitter.com", "widgets.js", "instagram.com/embed.js", "youtube.com/iframe_api", "player.vimeo.com/api",
        "connect.facebook.net", "embed.redditmedia.com",
    ];

    [GeneratedRegex(@"aspect-ratio\s*:\s*(?<w>[\d.]+)\s*/\s*(?<h>[\d.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex AspectRatioStyle();

    public bool NeedsDom(FragmentTokens page, PageRenderContext ctx) =>
        page.AsRead.HasElement("script") || page.AsRead.HasElement("iframe")
        || page.AsRead.HasElement("blockquote") && (page.AsRead.HasClass("twitter-tweet") || page.AsRead.HasClass("twitter-video"))
            && page.Tokens.Exists(t => t.IsStartTag("blockquote") && (t.HasClass("twitter-tweet") || t.HasClass("twitter-video")));

    public void ProcessTokens(FragmentTokens page, PageRenderContext ctx)
    {
        // Nothing to do where NeedsDom says no.
    }

    public void Process(IDocument html, IElement body, PageRenderContext ctx) => Apply(html, body, config);

    public static void Apply(IDocument html, IElement body, EmbedsConfig config)
    {
        foreach (var script in body.QuerySelectorAll("script[src]").ToList())
        {
            var src = script.GetAttribute("src") ?? "";
            if (WidgetScripts.Any(w => src.Contains(w, StringComparison.OrdinalIgnoreCase))) script.Remove();
        }
        foreach (var tweet in body.QuerySelectorAll("blockquote.twitter-tweet, blockquote.twitter-video").ToList()) TweetCard(html, tweet);
        foreach (var iframe in body.QuerySelectorAll("iframe").ToList())
        {
            if (iframe.Closest(".embed") is not null) continue;
            WrapIframe(html, iframe, config);
        }
    }

    private static void WrapIframe(IDocument html, IElement iframe, EmbedsConfig config)
    {
        var src = (iframe.GetAttribute("src") ?? "").Trim();
        var title = iframe.GetAttribute("title");
        var provider = "iframe";
        var providerName = "";
        var watchUrl = src;
        if (EmbedUrls.TryParseYouTube(src, out var videoId, out var start))
        {
            provider = "youtube";
            providerName = "YouTube";
            watchUrl = EmbedUrls.YouTubeWatch(videoId, start);
            src = EmbedUrls.YouTubeEmbed(videoId, start) + KeptQuery(iframe.GetAttribute("src")!, start > 0);
        }
        else if (src.Contains("player.vimeo.com", StringComparison.OrdinalIgnoreCase))
        {
            provider = "vimeo";
            providerName = "Vimeo";
        }

        var ratio = RatioOf(iframe);
        var width = iframe.GetAttribute("width");
        string replacementHtml;
        if (config.ClickToLoad && src.Length > 0)
        {
            if (providerName.Length == 0) providerName = EmbedHtml.HostOf(src);
            replacementHtml = EmbedHtml.Placeholder(watchUrl, string.IsNullOrWhiteSpace(title) ? "Embedded content" : title, providerName, provider, ratio);
        }
        else
        {
            iframe.SetAttribute("src", src);
            iframe.SetAttribute("loading", "lazy");
            // The box sizes the frame now; fixed sizes or ratios on the frame itself would fight it.
            iframe.RemoveAttribute("width");
            iframe.RemoveAttribute("height");
            iframe.RemoveAttribute("style");
            iframe.RemoveAttribute("frameborder");
            var box = html.CreateElement("div");
            box.ClassList.Add("embed");
            box.ClassList.Add("embed--" + provider);
            var style = "--embed-ratio: " + ratio;
            if (int.TryParse(width, NumberStyles.None, CultureInfo.InvariantCulture, out var px) && px > 0)
                style += "; max-width: " + px.ToString(CultureInfo.InvariantCulture) + "px";
            box.SetAttribute("style", style);
            ReplaceKeepingParagraph(iframe, box);
            box.AppendChild(iframe);
            return;
        }
        var holder = html.CreateElement("div");
        holder.InnerHtml = replacementHtml;
        ReplaceKeepingParagraph(iframe, holder.FirstElementChild!);
    }

    /// <summary>An iframe alone in a paragraph (Markdown wraps inline HTML) is replaced together with that paragraph.</summary>
    private static void ReplaceKeepingParagraph(IElement iframe, IElement replacement)
    {
        var parent = iframe.ParentElement;
        if (parent is { LocalName: "p" } && parent.ChildElementCount == 1 && string.IsNullOrWhiteSpace(parent.TextContent))
            parent.Replace(replacement);
        else iframe.Replace(replacement);
    }

    private static string KeptQuery(string original, bool startAlreadySet)
    {
        // Keep player options (list=, rel=…) but not start/t (already converted) — appended after ?start= or as ?…
        var q = original.IndexOf('?');
        if (q < 0) return "";
        var kept = original[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("v=", StringComparison.Ordinal) && !p.StartsWith("t=", StringComparison.Ordinal) &&
                        !p.StartsWith("start=", StringComparison.Ordinal) && !p.StartsWith("feature=", StringComparison.Ordinal) &&
                        !p.StartsWith("si=", StringComparison.Ordinal))
            .ToList();
        if (kept.Count == 0) return "";
        return (startAlreadySet ? "&" : "?") + string.Join('&', kept);
    }

    private static string RatioOf(IElement iframe)
    {
        var match = AspectRatioStyle().Match(iframe.GetAttribute("style") ?? "");
        if (match.Success) return EmbedHtml.RatioFrom(match.Groups["w"].Value, match.Groups["h"].Value);
        return EmbedHtml.RatioFrom(iframe.GetAttribute("width"), iframe.GetAttribute("height"));
    }

    /// <summary>
    /// Twitter's embed code is <c>&lt;blockquote class="twitter-tweet"&gt;&lt;p&gt;text&lt;/p&gt;— Name (@user) &lt;a href="…/status/…"&gt;date&lt;/a&gt;&lt;/blockquote&gt;</c>:
    /// keep the text paragraphs, turn the trailer into an author line and a link to the post.
    /// </summary>
    private static void TweetCard(IDocument html, IElement quote)
    {
        var statusLink = quote.QuerySelectorAll("a[href]").LastOrDefault(a => EmbedUrls.TryParseTweet(a.GetAttribute("href")!, out _, out _));
        var url = statusLink is null ? null : EmbedUrls.CleanTweetUrl(statusLink.GetAttribute("href")!);

        var author = string.Concat(quote.ChildNodes.Where(n => n.NodeType == NodeType.Text).Select(n => n.TextContent))
            .Replace("\u2014", "").Replace("&mdash;", "").Trim();
        if (author.Length == 0 && url is not null && EmbedUrls.TryParseTweet(url, out var user, out _)) author = "@" + user;

        var card = html.CreateElement("blockquote");
        card.ClassList.Add("tweet");
        if (url is not null) card.SetAttribute("cite", url);
        foreach (var paragraph in quote.Children.Where(c => c.LocalName == "p").ToList()) card.AppendChild(paragraph);

        var meta = html.CreateElement("p");
        meta.ClassList.Add("tweet__meta");
        if (author.Length > 0)
        {
            var authorSpan = html.CreateElement("span");
            authorSpan.ClassList.Add("tweet__author");
            authorSpan.TextContent = author;
            meta.AppendChild(authorSpan);
            meta.AppendChild(html.CreateTextNode(" "));
        }
        if (url is not null)
        {
            var link = html.CreateElement("a");
            link.ClassList.Add("tweet__link");
            link.SetAttribute("href", url);
            var date = statusLink!.TextContent.Trim();
            link.TextContent = date.Length > 0 ? date : "View the post";
            meta.AppendChild(link);
        }
        if (meta.ChildNodes.Length > 0) card.AppendChild(meta);
        quote.Replace(card);
    }
}
