using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.Embeds;

/// <summary>
/// Turns a paragraph holding only a YouTube or tweet URL (bare, autolinked or in angle brackets) into an
/// <see cref="EmbedBlock"/>. Runs when Markdig has finished parsing the document.
/// </summary>
public static class EmbedUrlParagraphs
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>().ToList())
        {
            var url = SoleUrl(paragraph);
            if (url is null || paragraph.Parent is not { } parent) continue;
            if (!EmbedUrls.TryParseYouTube(url, out _, out _) && !EmbedUrls.TryParseTweet(url, out _, out _)) continue;
            var embed = new EmbedBlock(null, url) { Line = paragraph.Line, Column = paragraph.Column, Span = paragraph.Span };
            var index = parent.IndexOf(paragraph);
            parent.RemoveAt(index);
            parent.Insert(index, embed);
        }
    }

    private static string? SoleUrl(ParagraphBlock paragraph)
    {
        if (paragraph.Inline is null) return null;
        var items = paragraph.Inline.Where(i => !(i is LiteralInline literal && literal.Content.IsEmptyOrWhitespace())).ToList();
        if (items.Count != 1) return null;
        return items[0] switch
        {
            LinkInline { IsImage: false, IsAutoLink: true } link => link.Url,
            AutolinkInline autolink when !autolink.IsEmail => autolink.Url,
            LiteralInline literal => literal.Content.ToString().Trim() is var text && !text.Contains(' ') ? text : null,
            _ => null,
        };
    }
}
