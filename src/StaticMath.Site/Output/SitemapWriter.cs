using System.Globalization;
using System.Text;
using System.Xml;
using StaticMath.Site.Configuration;

namespace StaticMath.Site.Output;

/// <summary>Writes <c>sitemap.xml</c> (sitemaps.org 0.9) listing every page URL, with <c>lastmod</c> when known.</summary>
public static class SitemapWriter
{
    public const string SitemapPath = "sitemap.xml";

    public sealed record Entry(string Url, DateTimeOffset? LastModified);

    public static string Write(SiteConfig config, IEnumerable<Entry> entries)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        var builder = new StringBuilder();
        using (var xml = XmlWriter.Create(new FeedWriter.StringWriterUtf8(builder), settings))
        {
            const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", ns);
            foreach (var entry in entries.DistinctBy(e => e.Url).OrderBy(e => e.Url, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, XmlChars.Valid(SiteUrls.Absolute(entry.Url, config.Origin, config.BasePath)));
                if (entry.LastModified is { } d)
                    xml.WriteElementString("lastmod", ns, d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return builder.ToString();
    }
}
