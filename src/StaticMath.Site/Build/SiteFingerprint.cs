using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using StaticMath.Site.Content;
using StaticMath.Site.Themes;

namespace StaticMath.Site.Build;

/// <summary>
/// Short hashes of the site-wide inputs that many pages share, so an incremental build can compare one string
/// instead of walking the inputs: the page URL table, the theme's layouts, and the list of pages layouts can see.
/// </summary>
internal static class SiteFingerprint
{
    // Pages are immutable and kept between builds while their file is unchanged: hash each one once.
    private static readonly ConditionalWeakTable<Page, string> PageHashes = new();

    /// <summary>What a relative link can resolve to: each page's URL and each file copied as-is.</summary>
    public static string OfPageIndex(IEnumerable<Page> pages, IEnumerable<string> copiedFiles) =>
        Hash(pages.Select(p => p.ContentPath + "\t" + p.Url).Concat(copiedFiles.Select(f => "file\t" + f)).Order(StringComparer.Ordinal));

    /// <summary>
    /// The layouts and the translations (every layer's file: a site's translation file overrides some keys only), and
    /// whether any layout or site include names <c>word_count</c> (otherwise lists show a post's reading time, which
    /// most edits leave as it was).
    /// </summary>
    public static LayoutsFingerprint OfLayouts(ThemeFiles theme, string siteDirectory) =>
        new(HashOfLayouts(theme), NameWordCount(theme, siteDirectory));

    private static bool NameWordCount(ThemeFiles theme, string siteDirectory)
    {
        var includes = Liquid.LiquidPageInput.SiteIncludeDirectories(siteDirectory).Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", SearchOption.AllDirectories));
        return theme.ListUnder("layouts").Select(f => (Func<string>)f.ReadAllText).Concat(includes.Select(f => (Func<string>)(() => File.ReadAllText(f))))
            .Any(read => ReadOrEmpty(read).Contains(WordCountField, StringComparison.Ordinal));
    }

    private const string WordCountField = "word_count";

    private static string ReadOrEmpty(Func<string> read)
    {
        try { return read(); }
        // An unreadable layout is reported where it is parsed; here it shows nothing.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return ""; }
    }

    private static string HashOfLayouts(ThemeFiles theme) =>
        Hash(theme.ListUnder("layouts")
            .Concat(theme.ListUnder(Translations.Folder).SelectMany(f => theme.FindAll(f.Path)))
            .Select(f => f.Path + "\t" + f.DisplayPath + "\t" + (f.FullPath is { } full ? FileStamp.WithContentOf(full).ToString() : "embedded"))
            .Order(StringComparer.Ordinal));

    /// <summary>Everything <c>site.posts</c>/<c>site.pages</c>/<c>site.tags</c> are made of: each page's front matter and URL.</summary>
    public static string OfSiteModel(IEnumerable<Page> pages) =>
        Hash(pages.Select(p => PageHashes.GetValue(p, PageHash)));

    /// <summary>One page's part of <see cref="OfSiteModel"/>: its front matter and URL.</summary>
    public static string OfPage(Page page) => PageHashes.GetValue(page, PageHash);

    private static string PageHash(Page page)
    {
        var text = new StringBuilder();
        text.Append(page.SourcePath).Append('\n').Append(page.Url).Append('\n').Append(page.Title).Append('\n')
            .Append(page.Date?.Value.ToString("O", CultureInfo.InvariantCulture)).Append('\n')
            .Append(page.LastModified?.Value.ToString("O", CultureInfo.InvariantCulture)).Append('\n')
            .Append(page.Description).Append('\n').Append(string.Join(",", page.Tags)).Append('\n')
            .Append(string.Join(",", page.Categories)).Append('\n');
        AppendValue(text, page.FrontMatter);
        return Hash([text.ToString()]);
    }

    private static void AppendValue(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append('"').Append(s.Replace("\"", "\\\"")).Append('"');
                break;
            case IReadOnlyDictionary<string, object?> map:
                AppendMap(text, map.Select(kv => (kv.Key, kv.Value)));
                break;
            case IDictionary dictionary:
                AppendMap(text, dictionary.Cast<DictionaryEntry>().Select(e => (Convert.ToString(e.Key, CultureInfo.InvariantCulture) ?? "", e.Value)));
                break;
            case IEnumerable sequence:
                text.Append('[');
                foreach (var item in sequence) { AppendValue(text, item); text.Append(','); }
                text.Append(']');
                break;
            case IFormattable formattable:
                text.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(value);
                break;
        }
    }

    private static void AppendMap(StringBuilder text, IEnumerable<(string Key, object? Value)> entries)
    {
        text.Append('{');
        foreach (var (key, value) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append(':');
            AppendValue(text, value);
            text.Append(',');
        }
        text.Append('}');
    }

    private static string Hash(IEnumerable<string> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part));
            hash.AppendData("\u0000"u8);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}

/// <summary>The layouts' fingerprint, and whether they can show a post's word count (see <see cref="SiteFingerprint.OfLayouts"/>).</summary>
internal sealed record LayoutsFingerprint(string Key, bool ShowsWordCount);
