using System.Globalization;
using System.Text;
using System.Xml;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;

namespace StaticMath.Site.Output;

/// <summary>
/// Writes <c>feed.xml</c> (Atom 1.0): the newest posts with their rendered HTML; the same writer makes each tag's feed
/// (<see cref="Channel"/>). Deterministic: the feed's <c>updated</c> is the newest post's date, never the build time.
/// </summary>
public static class FeedWriter
{
    public const string FeedPath = "feed.xml";

    /// <param name="Html">The entry's content; null leaves it out (the post is over its feed budget).</param>
    public sealed record Entry(Page Page, string? Html);

    /// <summary>Which feed: its site-relative URL, title and the page it mirrors (the home page, or a tag's page).</summary>
    public sealed record Channel(string Url, string Title, string PageUrl);

    public static string Write(SiteConfig config, IReadOnlyList<Entry> newestFirst, Channel? channel = null)
    {
        channel ??= new Channel("/" + FeedPath, config.Title, "/");
        var entries = newestFirst.Take(System.Math.Max(0, config.FeedLimit)).ToList();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(new StringWriterUtf8(builder), settings))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", ns);
            xml.WriteAttributeString("xml", "lang", null, XmlChars.Valid(config.Language));
            xml.WriteElementString("title", ns, XmlChars.Valid(channel.Title));
            if (config.Description.Length > 0) xml.WriteElementString("subtitle", ns, XmlChars.Valid(config.Description));
            WriteLink(xml, ns, Absolute(config, channel.Url), "self", "application/atom+xml");
            WriteLink(xml, ns, Absolute(config, channel.PageUrl), "alternate", "text/html");
            xml.WriteElementString("id", ns, XmlChars.Valid(Absolute(config, channel.PageUrl)));
            var updated = entries.Select(e => e.Page.LastModified?.Value ?? e.Page.Date?.Value).Where(d => d is not null).Max()
                          ?? DateTimeOffset.UnixEpoch;
            xml.WriteElementString("updated", ns, Stamp(updated));
            if (config.Author.Length > 0)
            {
                xml.WriteStartElement("author", ns);
                xml.WriteElementString("name", ns, XmlChars.Valid(config.Author));
                xml.WriteEndElement();
            }
            xml.WriteStartElement("generator", ns);
            xml.WriteString("StaticMath");
            xml.WriteEndElement();

            foreach (var entry in entries)
            {
                var page = entry.Page;
                var url = Absolute(config, page.Url);
                xml.WriteStartElement("entry", ns);
                // Feed readers show titles as plain text: math as its TeX, without the dollars.
                xml.WriteElementString("title", ns, XmlChars.Valid(Markdown.Extensions.Math.MathPlainText.FromSource(page.Title)));
                WriteLink(xml, ns, url, "alternate", "text/html");
                xml.WriteElementString("id", ns, XmlChars.Valid(url));
                var published = page.Date?.Value ?? DateTimeOffset.UnixEpoch;
                xml.WriteElementString("published", ns, Stamp(published));
                xml.WriteElementString("updated", ns, Stamp(page.LastModified?.Value ?? published));
                foreach (var author in page.Authors)
                {
                    if (author.TryGetValue("name", out var name) && name is string { Length: > 0 } authorName)
                    {
                        xml.WriteStartElement("author", ns);
                        xml.WriteElementString("name", ns, XmlChars.Valid(authorName));
                        xml.WriteEndElement();
                    }
                }
                foreach (var tag in page.Tags)
                {
                    xml.WriteStartElement("category", ns);
                    xml.WriteAttributeString("term", XmlChars.Valid(tag));
                    xml.WriteEndElement();
                }
                if (page.Description.Length > 0) xml.WriteElementString("summary", ns, XmlChars.Valid(Markdown.Extensions.Math.MathPlainText.FromSource(page.Description)));
                // An entry over its output budget has no content; its alternate link stands for it, as Atom allows.
                if (entry.Html is not null)
                {
                    xml.WriteStartElement("content", ns);
                    xml.WriteAttributeString("type", "html");
                    xml.WriteAttributeString("xml", "base", null, XmlChars.Valid(url));
                    xml.WriteString(XmlChars.Valid(entry.Html));
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return builder.ToString();
    }

    private static void WriteLink(XmlWriter xml, string ns, string href, string rel, string type)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("href", XmlChars.Valid(href));
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    /// <summary>A tag's feed sits beside its page: <c>/tags/x/</c> → <c>/tags/x/feed.xml</c>, <c>/tags/x.html</c> → <c>/tags/x.xml</c>.</summary>
    public static string TagFeedUrl(string tagUrl)
    {
        if (tagUrl.EndsWith('/')) return tagUrl + FeedPath;
        var dot = tagUrl.LastIndexOf('.');
        return (dot > tagUrl.LastIndexOf('/') ? tagUrl[..dot] : tagUrl) + ".xml";
    }

    private static string Absolute(SiteConfig config, string url) => SiteUrls.Absolute(url, config.Origin, config.BasePath);

    internal static string Stamp(DateTimeOffset d) => d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>So the XML declaration says UTF-8 (a plain StringWriter claims UTF-16).</summary>
    internal sealed class StringWriterUtf8(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
