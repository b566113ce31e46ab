using System.Text.RegularExpressions;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Build;

/// <summary>
/// Builds the plain dictionaries templates see as <c>site</c>, <c>page</c> and <c>paginator</c>. Keys are
/// snake_case like Jekyll's; front matter keys are passed through so <c>page.anything</c> works.
/// </summary>
public static partial class TemplateModels
{
    public static Dictionary<string, object?> Site(SiteConfig config, IReadOnlyList<Page> posts, IReadOnlyList<Page> pages,
        IReadOnlyList<TagInfo> tags, IReadOnlyDictionary<string, TagInfo> tagsBySlug)
    {
        var site = Liquid.LiquidSiteValues.Of(config);
        site["posts"] = posts.Select(p => Summary(p, tagsBySlug)).ToList<object?>();
        site["pages"] = pages.Select(p => Summary(p, tagsBySlug)).ToList<object?>();
        site["tags"] = tags.Select(t => Tag(t, tagsBySlug)).ToList<object?>();
        site["time"] = NewestPostDate(posts);
        site["feed_url"] = "/feed.xml";
        site["generator"] = "StaticMath";
        site["social_cards"] = config.SocialCards;
        return site;
    }

    /// <summary>The newest date (last modified, else published) among the posts; null when none has one.</summary>
    public static DateTimeOffset? NewestPostDate(IReadOnlyList<Page> posts) =>
        posts.Select(p => p.LastModified?.Value ?? p.Date?.Value).Where(d => d is not null).Max();

    /// <summary>The page object for a page (front matter + computed fields); <paramref name="text"/> adds content-derived fields.</summary>
    internal static Dictionary<string, object?> Summary(Page page, IReadOnlyDictionary<string, TagInfo> tagsBySlug, RenderedText? text = null)
    {
        var model = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in page.FrontMatter) model[key] = value;
        model["title"] = page.Title;
        model["url"] = page.Url;
        model["id"] = page.Url;
        model["date"] = page.Date?.Value;
        model["has_time"] = page.Date?.HasTime ?? false;
        model["last_modified_at"] = page.LastModified?.Value;
        model["description"] = page.Description;
        model["tags"] = page.Tags.ToList<object?>();
        model["tag_links"] = page.Tags.Select(t => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = t,
            ["url"] = tagsBySlug.TryGetValue(Content.Slug.From(t), out var info) ? info.Url : null,
        }).ToList();
        model["categories"] = page.Categories.ToList<object?>();
        model["authors"] = page.Authors.Cast<object?>().ToList();
        model["layout"] = page.Layout;
        model["slug"] = page.Slug;
        model["toc"] = page.Toc;
        model["draft"] = page.Draft;
        model["kind"] = page.IsPost ? "post" : "page";
        if (Output.SocialCard.IsWanted(page, enabled: true)) model["social_card"] = Output.SocialCard.UrlFor(page);
        model["path"] = page.SourcePath;
        if (text is not null)
        {
            model["word_count"] = text.WordCount;
            model["reading_time"] = ReadingTime(text.WordCount);
            model["excerpt"] = text.Excerpt;
        }
        return model;
    }

    /// <summary>Minutes to read this many words (at 220 a minute), at least one.</summary>
    internal static int ReadingTime(int wordCount) => System.Math.Max(1, (int)System.Math.Ceiling(wordCount / 220.0));

    public static Dictionary<string, object?> Tag(TagInfo tag, IReadOnlyDictionary<string, TagInfo> tagsBySlug) => new(StringComparer.Ordinal)
    {
        ["name"] = tag.Name,
        ["slug"] = tag.Slug,
        ["url"] = tag.Url,
        ["feed_url"] = Output.FeedWriter.TagFeedUrl(tag.Url),
        // Liquid's `size` of an object is its number of keys, so `tag.size` cannot be the post count: templates use
        // `tag.count` (or `tag.posts.size`). The key stays for themes written against it.
        ["size"] = tag.Posts.Count,
        ["count"] = tag.Posts.Count,
        ["posts"] = tag.Posts.Select(p => Summary(p, tagsBySlug)).ToList<object?>(),
    };

    /// <summary>The categories of the listed posts with how many posts each has, by name (ordinal).</summary>
    public static List<object?> Categories(IReadOnlyList<Page> posts) => posts
        .SelectMany(p => p.Categories.Distinct(StringComparer.Ordinal))
        .GroupBy(c => c, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => (object?)new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = g.Key, ["count"] = g.Count() })
        .ToList();

    /// <summary>Link to a neighbouring post, or null.</summary>
    public static Dictionary<string, object?>? Link(Page? page) => page is null
        ? null
        : new Dictionary<string, object?>(StringComparer.Ordinal) { ["title"] = page.Title, ["url"] = page.Url, ["date"] = page.Date?.Value };

    /// <summary>Generated pages (home, tags, 404) have a page object too.</summary>
    public static Dictionary<string, object?> Generated(string title, string url, string kind) => new(StringComparer.Ordinal)
    {
        ["title"] = title,
        ["url"] = url,
        ["id"] = url,
        ["description"] = "",
        ["kind"] = kind,
        ["tags"] = new List<object?>(),
        ["authors"] = new List<object?>(),
        ["head_html"] = "",
        ["body_end_html"] = "",
    };

    public static Dictionary<string, object?> Paginator(int pageNumber, int perPage, IReadOnlyList<object?> posts, int totalPosts, int totalPages)
    {
        static string PathFor(int n) => n <= 1 ? "/" : $"/page/{n}/";
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["page"] = pageNumber,
            ["per_page"] = perPage,
            ["posts"] = posts.ToList(),
            ["total_posts"] = totalPosts,
            ["total_pages"] = totalPages,
            ["previous_page"] = pageNumber > 1 ? pageNumber - 1 : null,
            ["previous_page_path"] = pageNumber > 1 ? PathFor(pageNumber - 1) : null,
            ["next_page"] = pageNumber < totalPages ? pageNumber + 1 : null,
            ["next_page_path"] = pageNumber < totalPages ? PathFor(pageNumber + 1) : null,
        };
    }

    public static string PaginationUrl(int pageNumber) => pageNumber <= 1 ? "/" : $"/page/{pageNumber}/";

    /// <summary>The first paragraph's text (tags and inline SVG removed), at most ~300 characters.</summary>
    /// <param name="withSvgs">Puts back the SVGs of a fragment whose SVGs are held aside (see <see cref="Engine.PageFragment"/>).</param>
    public static string Excerpt(string html, Func<string, string>? withSvgs = null)
    {
        var match = FirstParagraph().Match(html);
        if (!match.Success) return "";
        var paragraph = match.Groups[1].Value;
        return FragmentText.Shorten(FragmentText.PlainText(withSvgs is null ? paragraph : withSvgs(paragraph)), 300);
    }

    [GeneratedRegex(@"<p\b[^>]*>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex FirstParagraph();
}
