using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Markdown;
using StaticMath.Site.Output;
using StaticMath.Site.Pipeline;
using StaticMath.Site.Themes;

namespace StaticMath.Site.Build;

/// <summary>
/// Builds a whole site: configuration, content, pages in parallel through the page pipeline, generated pages (home
/// with pagination, tags, 404, feed, sitemap), static files and theme assets — into a temporary folder that replaces
/// the output only when the build succeeds.
/// </summary>
public static class SiteBuilder
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static BuildResult Build(BuildOptions options, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var siteDirectory = Path.GetFullPath(options.SourceDirectory);
        var outputDirectory = options.ResolvedOutputDirectory;

        BuildResult Finish(bool succeeded, bool written, int pages, int files, SiteContent? content = null, BuildCounters? counters = null, bool cancelled = false) => new()
        {
            Succeeded = succeeded,
            OutputWritten = written,
            OutputDirectory = outputDirectory,
            PagesWritten = pages,
            FilesCopied = files,
            DraftsSkipped = content?.SkippedDrafts ?? 0,
            FutureSkipped = content?.SkippedFuture ?? 0,
            Diagnostics = diagnostics.Sorted(),
            Elapsed = clock.Elapsed,
            Counters = counters?.Snapshot() ?? [],
            Cancelled = cancelled,
        };

        if (!Directory.Exists(siteDirectory))
        {
            diagnostics.Error("SM1006", options.SourceDirectory, 0, 0, "the source folder does not exist");
            return Finish(false, false, 0, 0);
        }
        if (OutputWouldClobberSource(siteDirectory, outputDirectory))
        {
            diagnostics.Error("SM1005", Path.GetRelativePath(siteDirectory, outputDirectory), 0, 0,
                "the output folder must not be the site folder, contain it, or lie inside content/ or static/ (it is replaced on every build)");
            return Finish(false, false, 0, 0);
        }

        var config = SiteConfigLoader.LoadFromDirectory(siteDirectory, diagnostics);
        if (options.BaseUrl is not null) config.BaseUrl = options.BaseUrl;
        var theme = ThemeFiles.Resolve(siteDirectory, config.Theme, diagnostics);
        var build = new SiteBuildContext(config, options, diagnostics, theme);
        var content = new ContentLoader(config, options, diagnostics).Load();

        var posts = content.Pages.Where(p => p.IsPost)
            .OrderByDescending(p => p.Date?.Value ?? DateTimeOffset.MinValue)
            .ThenBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
        var pages = content.Pages.Where(p => !p.IsPost).OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
        var tags = CollectTags(posts, config);
        var tagsBySlug = tags.ToDictionary(t => t.Slug, StringComparer.Ordinal);

        // Every output path is claimed once; a second claim is an error naming both sources.
        var claims = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var perPage = config.Paginate > 0 ? config.Paginate : System.Math.Max(1, posts.Count);
        var totalHomePages = System.Math.Max(1, (posts.Count + perPage - 1) / perPage);
        for (var n = 2; n <= totalHomePages; n++) claims[Permalinks.OutputPathFor(TemplateModels.PaginationUrl(n))] = "(generated home page " + n + ")";
        foreach (var tag in tags) claims[Permalinks.OutputPathFor(tag.Url)] = $"(generated page for tag '{tag.Name}')";
        claims[FeedWriter.FeedPath] = "(generated feed)";
        claims[SitemapWriter.SitemapPath] = "(generated sitemap)";
        var hostFiles = HostFiles.For(config);
        foreach (var (path, _) in hostFiles) claims[path] = $"(generated {path})";

        var buildable = new List<Page>();
        foreach (var page in content.Pages.OrderBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            if (claims.TryGetValue(page.OutputPath, out var other))
            {
                diagnostics.Error("SM1130", page.SourcePath, 1, 1, $"two pages claim the URL {page.Url}: {other} and {page.SourcePath}; {page.SourcePath} is skipped");
                continue;
            }
            claims[page.OutputPath] = page.SourcePath;
            buildable.Add(page);
        }
        var buildableSet = buildable.ToHashSet();
        posts = posts.Where(buildableSet.Contains).ToList();
        pages = pages.Where(buildableSet.Contains).ToList();
        build.Pages = posts.Concat(pages).ToList();
        build.CopiedFiles = content.StaticFiles.Select(f => f.OutputPath).ToHashSet(StringComparer.Ordinal);

        var homeIndex = buildable.FirstOrDefault(p => p.Url == "/");
        if (homeIndex is null) claims["index.html"] = "(generated home page)";
        var hasCustom404 = buildable.Any(p => p.OutputPath == "404.html");
        if (!hasCustom404) claims["404.html"] = "(generated 404 page)";

        using var output = AtomicOutput.Begin(outputDirectory);
        var counters = build.Counters;
        try
        {
            var markdown = MarkdownPipelineFactory.Create(config);
            var registry = PagePipelineRegistry.Create(build);
            var renderer = new PageRenderer(markdown, registry);
            var layouts = new LayoutEngine(theme, config, diagnostics);
            layouts.Validate();
            var siteModel = TemplateModels.Site(config, posts, pages, tags, tagsBySlug);
            var written = 0;
            var fragments = new ConcurrentDictionary<Page, string>();
            var postIndex = posts.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);

            // Phase 1: every page except a content home page (it needs the paginator built from phase 1's results).
            var phase1 = build.Pages.Where(p => p != homeIndex).ToList();
            var done = 0;
            progress?.Report(new BuildProgress("pages", 0, build.Pages.Count));
            Parallel.ForEach(phase1, new ParallelOptions
            {
                CancellationToken = cancellationToken,
                MaxDegreeOfParallelism = options.MaxParallelism > 0 ? options.MaxParallelism : Environment.ProcessorCount,
            }, page =>
            {
                var fragment = RenderPage(page, build, renderer, layouts, siteModel, tagsBySlug, output.WorkingDirectory,
                    postIndex.TryGetValue(page, out var i) ? (i + 1 < posts.Count ? posts[i + 1] : null, i > 0 ? posts[i - 1] : null) : (null, null),
                    paginator: null);
                if (fragment is not null)
                {
                    fragments[page] = fragment;
                    Interlocked.Increment(ref written);
                }
                progress?.Report(new BuildProgress("pages", Interlocked.Increment(ref done), build.Pages.Count));
            });
            cancellationToken.ThrowIfCancellationRequested();

            // Phase 2: lists of posts with excerpts, home pages, tag pages, 404, feed, sitemap.
            var postModels = posts.Select(p => (object?)TemplateModels.Summary(p, tagsBySlug, fragments.GetValueOrDefault(p))).ToList();
            var sitemap = new List<SitemapWriter.Entry>();
            for (var n = 1; n <= totalHomePages; n++)
            {
                var slice = postModels.Skip((n - 1) * perPage).Take(perPage).ToList();
                var paginator = TemplateModels.Paginator(n, perPage, slice, posts.Count, totalHomePages);
                if (n == 1 && homeIndex is not null)
                {
                    var fragment = RenderPage(homeIndex, build, renderer, layouts, siteModel, tagsBySlug, output.WorkingDirectory, (null, null), paginator);
                    if (fragment is not null) { fragments[homeIndex] = fragment; written++; }
                    continue;
                }
                var url = TemplateModels.PaginationUrl(n);
                var pageModel = TemplateModels.Generated(n == 1 ? config.Title : $"{config.Title} — page {n}", url, "home");
                if (WriteGenerated(layouts, "home", new LayoutModel(siteModel, pageModel, "", paginator), url, diagnostics, output.WorkingDirectory))
                {
                    written++;
                    sitemap.Add(new SitemapWriter.Entry(url, null));
                }
            }

            var postModelByPage = posts.Zip(postModels).ToDictionary(x => x.First, x => x.Second);
            foreach (var tag in tags)
            {
                var tagModel = TemplateModels.Tag(tag, tagsBySlug);
                tagModel["posts"] = tag.Posts.Select(p => postModelByPage[p]).ToList();
                var pageModel = TemplateModels.Generated($"Tagged “{tag.Name}”", tag.Url, "tag");
                var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["tag"] = tagModel };
                if (WriteGenerated(layouts, "tag", new LayoutModel(siteModel, pageModel, "", null, extra), tag.Url, diagnostics, output.WorkingDirectory))
                {
                    written++;
                    sitemap.Add(new SitemapWriter.Entry(tag.Url, null));
                }
            }

            if (!hasCustom404 && WriteGenerated(layouts, "404", new LayoutModel(siteModel, TemplateModels.Generated("Page not found", "/404.html", "404"), ""), "/404.html", diagnostics, output.WorkingDirectory))
                written++;

            foreach (var page in build.Pages)
            {
                if (!fragments.ContainsKey(page) || page.OutputPath == "404.html" || page.FrontMatter.TryGetValue("sitemap", out var s) && s is false) continue;
                sitemap.Add(new SitemapWriter.Entry(page.Url, page.LastModified?.Value ?? page.Date?.Value));
            }
            WriteFile(output.WorkingDirectory, SitemapWriter.SitemapPath, SitemapWriter.Write(config, sitemap), SitemapWriter.SitemapPath, diagnostics);
            var feedEntries = posts.Where(fragments.ContainsKey).Select(p => new FeedWriter.Entry(p, fragments[p])).ToList();
            WriteFile(output.WorkingDirectory, FeedWriter.FeedPath, FeedWriter.Write(config, feedEntries), FeedWriter.FeedPath, diagnostics);

            foreach (var (path, text) in hostFiles) WriteFile(output.WorkingDirectory, path, text, path, diagnostics);
            var copied = CopyFiles(content.StaticFiles, theme, claims, output.WorkingDirectory, diagnostics, cancellationToken);

            var succeeded = !diagnostics.HasErrors && !(options.Strict && diagnostics.WarningCount > 0);
            var committed = false;
            if (succeeded)
            {
                try
                {
                    output.Commit();
                    committed = true;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Error("SM1161", outputDirectory, 0, 0, $"cannot replace the output folder: {e.Message}");
                    succeeded = false;
                }
            }
            return Finish(succeeded, committed, written, copied, content, counters);
        }
        catch (OperationCanceledException)
        {
            return Finish(false, false, 0, 0, content, counters, cancelled: true);
        }
    }

    /// <summary>Stages 2–7 for one page; returns the HTML fragment when the page was written.</summary>
    private static string? RenderPage(Page page, SiteBuildContext build, PageRenderer renderer, LayoutEngine layouts,
        Dictionary<string, object?> siteModel, IReadOnlyDictionary<string, TagInfo> tagsBySlug, string outputRoot,
        (Page? Older, Page? Newer) neighbours, Dictionary<string, object?>? paginator)
    {
        var ctx = new PageRenderContext(page, build);
        string fragment;
        try
        {
            fragment = renderer.RenderFragment(ctx);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in an extension must not take the build down; the page is reported and skipped.
            build.Diagnostics.Error("SM1199", page.SourcePath, page.BodyLineOffset, 1, $"internal error while rendering: {e.GetType().Name}: {e.Message}");
            return null;
        }

        var pageModel = TemplateModels.Summary(page, tagsBySlug, fragment);
        pageModel["content"] = fragment;
        pageModel["head_html"] = string.Join("\n", ctx.HeadHtml);
        pageModel["body_end_html"] = string.Join("\n", ctx.BodyEndHtml);
        foreach (var (key, value) in ctx.PageValues) pageModel[key] = value;
        if (page.IsPost)
        {
            // Jekyll's meaning: previous = the older post, next = the newer one.
            pageModel["previous"] = TemplateModels.Link(neighbours.Older);
            pageModel["next"] = TemplateModels.Link(neighbours.Newer);
        }
        var layoutName = page.Layout ?? DefaultLayout(page);
        var html = layouts.Render(layoutName, new LayoutModel(siteModel, pageModel, fragment, paginator), page.SourcePath, page.FrontMatterLine("layout"));
        if (html is null) return null;
        return WriteFile(outputRoot, page.OutputPath, html, page.SourcePath, build.Diagnostics) ? fragment : null;
    }

    private static string DefaultLayout(Page page) =>
        page.Url == "/" ? "home" : page.OutputPath == "404.html" ? "404" : page.IsPost ? "post" : "page";

    private static bool WriteGenerated(LayoutEngine layouts, string layout, LayoutModel model, string url, DiagnosticBag diagnostics, string outputRoot)
    {
        var html = layouts.Render(layout, model, $"(generated {url})", 0);
        return html is not null && WriteFile(outputRoot, Permalinks.OutputPathFor(url), html, url, diagnostics);
    }

    private static bool WriteFile(string root, string relativePath, string text, string sourceForErrors, DiagnosticBag diagnostics)
    {
        try
        {
            var full = Path.Combine(root, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, Utf8);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("SM1160", sourceForErrors, 0, 0, $"cannot write {relativePath}: {e.Message}");
            return false;
        }
    }

    private static int CopyFiles(IReadOnlyList<StaticFile> files, ThemeFiles theme, Dictionary<string, string> claims, string outputRoot,
        DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var copied = 0;
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (claims.TryGetValue(file.OutputPath, out var owner))
            {
                diagnostics.Error("SM1131", file.SourcePath, 0, 0, $"the file would overwrite the output of {owner}; rename or move it");
                continue;
            }
            if (!taken.Add(file.OutputPath))
            {
                diagnostics.Warning("SM1132", file.SourcePath, 0, 0, $"another file already provides /{file.OutputPath}; this one is ignored");
                continue;
            }
            try
            {
                var target = Path.Combine(outputRoot, file.OutputPath);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file.FullPath, target, overwrite: true);
                copied++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error("SM1120", file.SourcePath, 0, 0, $"cannot copy file: {e.Message}");
            }
        }

        // Theme assets (CSS, fonts, images) unless the site provides a file at the same path.
        foreach (var asset in theme.ListUnder("assets"))
        {
            if (taken.Contains(asset.Path) || claims.ContainsKey(asset.Path)) continue;
            try
            {
                var target = Path.Combine(outputRoot, asset.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                using var source = asset.OpenRead();
                using var destination = File.Create(target);
                source.CopyTo(destination);
                copied++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error("SM1120", asset.DisplayPath, 0, 0, $"cannot copy theme asset: {e.Message}");
            }
        }
        return copied;
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

    private static bool OutputWouldClobberSource(string siteDirectory, string outputDirectory)
    {
        static string Norm(string p) => Path.GetFullPath(p).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var site = Norm(siteDirectory);
        var output = Norm(outputDirectory);
        return site.StartsWith(output, StringComparison.Ordinal)
               || output.StartsWith(Norm(Path.Combine(siteDirectory, ContentLoader.ContentFolder)), StringComparison.Ordinal)
               || output.StartsWith(Norm(Path.Combine(siteDirectory, ContentLoader.StaticFolder)), StringComparison.Ordinal);
    }
}
