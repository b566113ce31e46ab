using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Markdown.Extensions.CodeHighlighting;
using StaticMath.Site.Output;

namespace StaticMath.Site.Build;

/// <summary>
/// What one build makes of the loaded content before anything is rendered: the pages it builds (every output path is
/// claimed once; a second claim is an error naming both sources and the page is skipped), the listed posts newest first,
/// the tags, the paginated home, and which generated files the site gets (tag index, 404, robots.txt, search page,
/// social cards, host files) — a site's own page or file at such a path is kept instead.
/// </summary>
internal sealed class SitePlan
{
    /// <summary>Every page to build: posts newest first (hidden ones too), then the other pages by path.</summary>
    public required IReadOnlyList<Page> Pages { get; init; }

    /// <summary>Posts on the home page, tag pages and feeds, newest first (all but <c>hidden: true</c> ones).</summary>
    public required IReadOnlyList<Page> ListedPosts { get; init; }

    /// <summary>Pages that are not posts, by path.</summary>
    public required IReadOnlyList<Page> OtherPages { get; init; }

    public required IReadOnlyList<TagInfo> Tags { get; init; }

    public required IReadOnlyDictionary<string, TagInfo> TagsBySlug { get; init; }

    /// <summary>Output path → who makes it (a page's source path or "(generated …)").</summary>
    public required IReadOnlyDictionary<string, string> Claims { get; init; }

    /// <summary>The site's own home page (a page at <c>/</c>), laid out with the paginator; null when the build makes it.</summary>
    public required Page? HomeIndex { get; init; }

    public required int PostsPerHomePage { get; init; }

    public required int HomePages { get; init; }

    public required string? TagIndexUrl { get; init; }

    public required bool WriteNotFoundPage { get; init; }

    public required bool WriteRobots { get; init; }

    public required bool WriteSearchPage { get; init; }

    /// <summary>Posts that get a drawn social card (no image of their own, and the card's path free).</summary>
    public required IReadOnlyList<Page> CardPosts { get; init; }

    public required IReadOnlyList<(string Path, string Text)> HostFiles { get; init; }

    public static SitePlan Make(SiteContent content, SiteConfig config, DiagnosticBag diagnostics)
    {
        var posts = content.Pages.Where(p => p.IsPost)
            .OrderByDescending(p => p.Date?.Value ?? DateTimeOffset.MinValue)
            .ThenBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
        var pages = content.Pages.Where(p => !p.IsPost).OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
        // al-folio's `hidden: true`: the post is built at its URL (and kept in the sitemap) but stays off every list.
        var tags = CollectTags(posts.Where(IsListed).ToList(), config);

        var claims = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var listedCount = posts.Count(IsListed);
        var perPage = config.Paginate > 0 ? config.Paginate : System.Math.Max(1, listedCount);
        var homePages = System.Math.Max(1, (listedCount + perPage - 1) / perPage);
        for (var n = 2; n <= homePages; n++) claims[Permalinks.OutputPathFor(TemplateModels.PaginationUrl(n))] = "(generated home page " + n + ")";
        foreach (var tag in tags) claims[Permalinks.OutputPathFor(tag.Url)] = $"(generated page for tag '{tag.Name}')";
        var tagIndexUrl = TagIndexUrlOf(config, tags, content.Pages);
        if (tagIndexUrl is not null) claims[Permalinks.OutputPathFor(tagIndexUrl)] = "(generated tag index)";
        claims[FeedWriter.FeedPath] = "(generated feed)";
        foreach (var tag in tags) claims[Permalinks.OutputPathFor(FeedWriter.TagFeedUrl(tag.Url))] = $"(generated feed for tag '{tag.Name}')";
        claims[SitemapWriter.SitemapPath] = "(generated sitemap)";
        if (CodeStyles.NeedsStyleSheet(config.Section<CodeConfig>())) claims[CodeStyles.StyleSheetPath] = "(generated code style sheet)";
        if (config.Search)
        {
            claims[SearchIndexWriter.IndexPath] = "(generated search index)";
            claims[SearchIndexWriter.ScriptPath] = "(generated search script)";
        }
        var hostFiles = Output.HostFiles.For(config);
        foreach (var (path, _) in hostFiles) claims[path] = $"(generated {path})";

        var buildable = new List<Page>();
        foreach (var page in content.Pages.OrderBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            if (claims.TryGetValue(page.OutputPath, out var other))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateUrl, page.SourcePath, 1, 1, $"two pages claim the URL {page.Url}: {other} and {page.SourcePath}; {page.SourcePath} is skipped");
                continue;
            }
            claims[page.OutputPath] = page.SourcePath;
            buildable.Add(page);
        }
        var buildableSet = buildable.ToHashSet();
        posts = posts.Where(buildableSet.Contains).ToList();
        var cardPosts = posts.Where(p => SocialCard.IsWanted(p, config.SocialCards) && !claims.ContainsKey(SocialCard.OutputPathFor(p))).ToList();
        foreach (var post in cardPosts) claims[SocialCard.OutputPathFor(post)] = $"(generated social card of {post.SourcePath})";
        pages = pages.Where(buildableSet.Contains).ToList();
        var allPages = posts.Concat(pages).ToList();
        posts = posts.Where(IsListed).ToList();
        // A post skipped for its URL must not stay on its tags' lists.
        tags = CollectTags(posts, config);

        var homeIndex = buildable.FirstOrDefault(p => p.Url == "/");
        if (homeIndex is null) claims["index.html"] = "(generated home page)";
        var hasCustom404 = buildable.Any(p => p.OutputPath == "404.html");
        if (!hasCustom404) claims["404.html"] = "(generated 404 page)";
        // A site's own robots.txt or search page (a page or a copied file) is kept; otherwise the build makes one.
        var writeRobots = !claims.ContainsKey(RobotsWriter.RobotsPath) && content.StaticFiles.All(f => f.OutputPath != RobotsWriter.RobotsPath);
        if (writeRobots) claims[RobotsWriter.RobotsPath] = "(generated robots.txt)";
        var searchPagePath = Permalinks.OutputPathFor(SearchIndexWriter.PageUrl);
        var writeSearchPage = config.Search && !claims.ContainsKey(searchPagePath);
        if (writeSearchPage) claims[searchPagePath] = "(generated search page)";

        return new SitePlan
        {
            Pages = allPages, ListedPosts = posts, OtherPages = pages, Tags = tags,
            TagsBySlug = tags.ToDictionary(t => t.Slug, StringComparer.Ordinal), Claims = claims, HomeIndex = homeIndex,
            PostsPerHomePage = perPage, HomePages = homePages, TagIndexUrl = tagIndexUrl, WriteNotFoundPage = !hasCustom404,
            WriteRobots = writeRobots, WriteSearchPage = writeSearchPage, CardPosts = cardPosts, HostFiles = hostFiles,
        };
    }

    /// <summary>Listed on the home page, tag pages and the feed: every post except <c>hidden: true</c> ones.</summary>
    private static bool IsListed(Page post) => !(post.FrontMatter.TryGetValue("hidden", out var hidden) && hidden is true);

    /// <summary>
    /// Where the index of all tags goes: the folder the tag pages live in (<c>/tags/</c> for <c>/tags/{slug}/</c>),
    /// unless the site has no tags, the pattern has no folder of its own, or a page of the site already is that index.
    /// </summary>
    private static string? TagIndexUrlOf(SiteConfig config, IReadOnlyList<TagInfo> tags, IReadOnlyList<Page> pages)
    {
        if (tags.Count == 0) return null;
        var pattern = config.Permalinks.Tags;
        var slugAt = pattern.IndexOf("{slug}", StringComparison.Ordinal);
        if (slugAt <= 1 || pattern[slugAt - 1] != '/') return null;
        var url = pattern[..slugAt];
        if (url.Contains('{', StringComparison.Ordinal)) return null;
        return pages.Any(p => p.Url == url) ? null : url;
    }

    private static List<TagInfo> CollectTags(IReadOnlyList<Page> postsNewestFirst, SiteConfig config)
    {
        var bySlug = new Dictionary<string, (string Name, List<Page> Posts)>(StringComparer.Ordinal);
        foreach (var post in postsNewestFirst)
        {
            foreach (var tag in post.Tags)
            {
                var slug = Slug.From(tag);
                if (slug.Length == 0) continue;
                if (!bySlug.TryGetValue(slug, out var entry)) bySlug[slug] = entry = (tag, []);
                if (!entry.Posts.Contains(post)) entry.Posts.Add(post);
            }
        }
        return bySlug.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new TagInfo(kv.Value.Name, kv.Key, Permalinks.Expand(config.Permalinks.Tags, new Permalinks.Tokens(kv.Key, null, "tags", "", [])), kv.Value.Posts))
            .ToList();
    }
}
