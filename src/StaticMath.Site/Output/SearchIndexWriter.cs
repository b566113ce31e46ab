using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;

namespace StaticMath.Site.Output;

/// <summary>
/// Writes <c>search.json</c>, the index the optional search page (<c>search: true</c>) reads in the browser: one entry
/// per listed page with its title and math as TeX, URL (base path included), date, tags and the start of its text.
/// The text is capped per page so the index stays small enough to download on a phone.
/// </summary>
public static class SearchIndexWriter
{
    public const string IndexPath = "search.json";
    public const string PageUrl = "/search/";
    public const string ScriptPath = "assets/js/search.js";

    /// <summary>Where the script lives in the theme (outside <c>assets/</c>, so sites without search never get it).</summary>
    public const string ThemeScriptPath = "scripts/search.js";

    /// <summary>Characters of each page's text in the index (about 800 words).</summary>
    public const int TextLimit = 5000;

    public sealed record Entry(Page Page, string Html);

    private static readonly JsonWriterOptions Options = new()
    {
        // The index is a JSON file, never inlined in HTML: non-Latin text stays readable (and small), markup characters are still escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(SiteConfig config, IEnumerable<Entry> entries)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var (page, html) in entries)
            {
                json.WriteStartObject();
                json.WriteString("title", Markdown.Extensions.Math.MathPlainText.FromSource(page.Title));
                json.WriteString("url", SiteUrls.Relative(page.Url, config.BasePath));
                if (page.Date is { } date) json.WriteString("date", date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteStartArray("tags");
                foreach (var tag in page.Tags) json.WriteStringValue(tag);
                json.WriteEndArray();
                json.WriteString("text", FragmentText.Shorten(FragmentText.PlainText(html), TextLimit));
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Pages a reader can find: not hidden, not <c>noindex</c>, not opted out with <c>search: false</c>, not the 404 page.</summary>
    public static bool IsSearchable(Page page) =>
        page.OutputPath != "404.html" &&
        !(page.FrontMatter.TryGetValue("hidden", out var hidden) && hidden is true) &&
        !(page.FrontMatter.TryGetValue("noindex", out var noindex) && noindex is true) &&
        !(page.FrontMatter.TryGetValue("search", out var search) && search is false);
}
