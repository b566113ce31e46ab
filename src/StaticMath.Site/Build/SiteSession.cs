using System.Collections.Concurrent;
using System.Diagnostics;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Markdown;
using StaticMath.Site.Markdown.Extensions.CodeHighlighting;
using StaticMath.Site.Output;
using StaticMath.Site.Pipeline;
using StaticMath.Site.Themes;

namespace StaticMath.Site.Build;

/// <summary>
/// Builds a site, and builds it again cheaply: loaded pages, rendered page bodies and laid-out pages are kept between
/// builds with what each depended on (its source file, the includes, bibliographies and images it read, the page URL
/// table when it linked to other pages, the layouts, the site-wide page list). A rebuild re-renders only what changed:
/// one edited post is rendered again and the generated lists (home, tags, feed, sitemap) are rewritten; a layout edit
/// lays out every page again from the kept bodies; a configuration change starts from scratch.
/// One build at a time per session (builds are serialised); pages inside a build are rendered in parallel.
/// </summary>
public sealed class SiteSession(BuildOptions options, bool keepBetweenBuilds = true)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LoadedPage> _loadedPages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RenderedBody> _bodies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LaidOutPage> _laidOut = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, string Html)> _generated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (RenderedBody? Body, string SiteModel, object? Model)> _summaries = new(StringComparer.Ordinal);
    private (string Key, Dictionary<string, object?> Model)? _siteModel;
    private readonly HashSet<string> _seenThisBuild = new(StringComparer.Ordinal);
    private long _bodyVersions;
    // Set while a build runs and kept when it did not finish: the changes it was given were then not all looked at.
    private bool _changesMissed;
    private string? _configKey;
    private (IReadOnlyList<string> Folders, string Key)? _layoutsKey;
    private FrozenPipeline? _pipeline;

    public BuildOptions Options { get; } = options;

    /// <summary>Page bodies rendered (not taken from the previous build) by the last build; for tests and benchmarks.</summary>
    public int LastBodiesRendered { get; private set; }

    /// <summary>Markdig pipelines and processor registries made so far: one per configuration, kept across rebuilds.</summary>
    public int PipelinesCreated { get; private set; }

    /// <summary>Pages laid out (not taken from the previous build) by the last build.</summary>
    public int LastPagesLaidOut { get; private set; }

    /// <summary>Files whose stamps the last build compared to tell whether they changed (see <see cref="ChangedFiles"/>).</summary>
    public int LastFilesLookedAt { get; private set; }

    /// <summary>
    /// Builds the site into <paramref name="output"/>. When the build has no errors (and no warnings under
    /// <c>--strict</c>), <paramref name="commit"/> publishes it (e.g. swaps a temporary folder in).
    /// </summary>
    /// <param name="changed">What changed since the last build, when a watcher knows; null looks at every file.</param>
    public BuildResult Build(ISiteOutput output, Action? commit, string outputDirectory,
        IProgress<BuildProgress>? progress = null, ChangedFiles? changed = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var checks = new FileChecks(_changesMissed ? ChangedFiles.Unknown : changed ?? ChangedFiles.Unknown);
            _changesMissed = true;
            var result = BuildLocked(output, commit, outputDirectory, progress, checks, cancellationToken);
            _changesMissed = result.Cancelled;
            return result;
        }
    }

    private BuildResult BuildLocked(ISiteOutput output, Action? commit, string outputDirectory,
        IProgress<BuildProgress>? progress, FileChecks checks, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var phaseStarted = BuildPhases.Start();
        var diagnostics = new DiagnosticBag();
        var siteDirectory = Path.GetFullPath(Options.SourceDirectory);
        int bodiesRendered = 0, pagesLaidOut = 0;

        BuildResult Finish(bool succeeded, bool written, int pages, int files, SiteContent? content = null, BuildCounters? counters = null,
            bool cancelled = false, BuildPhases? phases = null)
        {
            LastBodiesRendered = bodiesRendered;
            LastPagesLaidOut = pagesLaidOut;
            LastFilesLookedAt = checks.FilesLookedAt;
            return new BuildResult
            {
                Succeeded = succeeded,
                OutputWritten = written,
                OutputDirectory = outputDirectory,
                PagesWritten = pages,
                FilesCopied = files,
                DraftsSkipped = content?.SkippedDrafts ?? 0,
                FutureSkipped = content?.SkippedFuture ?? 0,
                // Pages report the build-wide problems they depend on (a .bib's syntax, math settings) as their own, so
                // a rebuild that reuses them shows them again; the build lists each once.
                Diagnostics = OncePerBuild.Fold(diagnostics.Sorted().Distinct().ToList()),
                Elapsed = clock.Elapsed,
                Counters = counters?.Snapshot() ?? [],
                Phases = phases?.Snapshot() ?? [],
                Cancelled = cancelled,
            };
        }

        // Everything depends on the configuration: when it changed, nothing kept is valid.
        var configKey = ConfigKey(siteDirectory, checks.Changes);
        if (configKey != _configKey)
        {
            _loadedPages.Clear();
            _bodies.Clear();
            _laidOut.Clear();
            _generated.Clear();
            _summaries.Clear();
            _siteModel = null;
            _pipeline = null;
            _layoutsKey = null;
            _configKey = configKey;
        }

        var config = SiteConfigLoader.LoadFromDirectory(siteDirectory, diagnostics);
        if (Options.BaseUrl is not null) config.BaseUrl = Options.BaseUrl;
        if (Options.ForPublishing && BaseUrlCheck.Warning(config) is { } noBaseUrl) diagnostics.Add(noBaseUrl);
        var theme = ThemeFiles.Resolve(siteDirectory, config.Theme, diagnostics);
        var build = new SiteBuildContext(config, Options, diagnostics, theme);
        var content = new ContentLoader(config, Options, diagnostics) { PageLoader = (full, source, contentPath) => LoadPage(config, diagnostics, checks, full, source, contentPath) }.Load();
        ForgetRemovedPages(content);

        var posts = content.Pages.Where(p => p.IsPost)
            .OrderByDescending(p => p.Date?.Value ?? DateTimeOffset.MinValue)
            .ThenBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
        var pages = content.Pages.Where(p => !p.IsPost).OrderBy(p => p.SourcePath, StringComparer.Ordinal).ToList();
        // al-folio's `hidden: true`: the post is built at its URL (and kept in the sitemap) but stays off every list.
        var tags = CollectTags(posts.Where(IsListed).ToList(), config);
        var tagsBySlug = tags.ToDictionary(t => t.Slug, StringComparer.Ordinal);

        // Every output path is claimed once; a second claim is an error naming both sources.
        var claims = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var listedCount = posts.Count(IsListed);
        var perPage = config.Paginate > 0 ? config.Paginate : System.Math.Max(1, listedCount);
        var totalHomePages = System.Math.Max(1, (listedCount + perPage - 1) / perPage);
        for (var n = 2; n <= totalHomePages; n++) claims[Permalinks.OutputPathFor(TemplateModels.PaginationUrl(n))] = "(generated home page " + n + ")";
        foreach (var tag in tags) claims[Permalinks.OutputPathFor(tag.Url)] = $"(generated page for tag '{tag.Name}')";
        var tagIndexUrl = TagIndexUrl(config, tags, content.Pages);
        if (tagIndexUrl is not null) claims[Permalinks.OutputPathFor(tagIndexUrl)] = "(generated tag index)";
        claims[FeedWriter.FeedPath] = "(generated feed)";
        foreach (var tag in tags) claims[Permalinks.OutputPathFor(FeedWriter.TagFeedUrl(tag.Url))] = $"(generated feed for tag '{tag.Name}')";
        claims[SitemapWriter.SitemapPath] = "(generated sitemap)";
        if (CodeStyles.NeedsStyleSheet(config.Code)) claims[CodeStyles.StyleSheetPath] = "(generated code style sheet)";
        if (config.Search)
        {
            claims[SearchIndexWriter.IndexPath] = "(generated search index)";
            claims[SearchIndexWriter.ScriptPath] = "(generated search script)";
        }
        var hostFiles = HostFiles.For(config);
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
        build.Pages = posts.Concat(pages).ToList();
        posts = posts.Where(IsListed).ToList();
        // A post skipped for its URL must not stay on its tags' lists.
        tags = CollectTags(posts, config);
        tagsBySlug = tags.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        build.CopiedFiles = content.StaticFiles.Select(f => f.OutputPath).ToHashSet(StringComparer.Ordinal);

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

        var counters = build.Counters;
        var phases = build.Phases;
        phases.Stop("load (config, theme, pages' front matter, URLs)", phaseStarted, content.Pages.Count);
        try
        {
            phaseStarted = BuildPhases.Start();
            var renderer = FrozenRenderer(config, diagnostics);
            var layouts = new LayoutEngine(theme, config, diagnostics, BuildClock.Now(Options));
            layouts.Validate();
            var words = layouts.Translations;
            var keys = new RenderKeys(
                PageIndex: SiteFingerprint.OfPageIndex(build.Pages, build.CopiedFiles),
                Layouts: LayoutsKey(theme, checks.Changes),
                SiteModel: SiteFingerprint.OfSiteModel(build.Pages));
            // site.posts/pages/tags are made of front matter only: the same while no page's front matter changed.
            if (_siteModel is not { } keptSite || keptSite.Key != keys.SiteModel)
                _siteModel = keptSite = (keys.SiteModel, TemplateModels.Site(config, posts, pages, tags, tagsBySlug));
            var siteModel = keptSite.Model;
            siteModel["tag_index_url"] = tagIndexUrl;
            // Jekyll's site.time is the build's time: the newest post date keeps it stable between builds, and a site
            // without dated posts gets the build clock (SOURCE_DATE_EPOCH for a reproducible build).
            siteModel["time"] = TemplateModels.NewestPostDate(posts) ?? BuildClock.Now(Options);
            siteModel["search_url"] = config.Search ? SearchIndexWriter.PageUrl : null;
            siteModel["code_style_css"] = CodeStyles.NeedsStyleSheet(config.Code) ? "/" + CodeStyles.StyleSheetPath : null;
            var written = 0;
            var fragments = new ConcurrentDictionary<Page, string>();
            var bodies = new ConcurrentDictionary<Page, RenderedBody>();
            var postIndex = posts.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
            // The newest posts of a feed with their HTML made readable outside the site (math glyphs inlined). Each entry
            // parses its post's whole HTML, so they are made on every core (in order: the feed lists them newest first).
            var parallelism = Options.MaxParallelism > 0 ? Options.MaxParallelism : Environment.ProcessorCount;
            List<FeedWriter.Entry> FeedEntries(IEnumerable<Page> newestFirst) => newestFirst.Take(System.Math.Max(0, config.FeedLimit))
                .AsParallel().AsOrdered().WithDegreeOfParallelism(parallelism).WithCancellation(cancellationToken)
                .Select(p => new FeedWriter.Entry(p, FeedEntryHtml(p, fragments[p], bodies.TryGetValue(p, out var b) ? b.BodyEndHtml : "", config, diagnostics))).ToList();

            phases.Stop("setup (Markdown pipeline, processors, layouts)", phaseStarted);

            string? Render(Page page, (Page? Older, Page? Newer) neighbours, Dictionary<string, object?>? paginator)
            {
                var started = BuildPhases.Start();
                var body = RenderBody(page, build, renderer, keys, checks, ref bodiesRendered);
                phases.Stop("page: body (all stages above)", started);
                if (body is null) return null;
                bodies[page] = body;
                started = BuildPhases.Start();
                var html = LayOut(page, body, build, layouts, siteModel, tagsBySlug, keys, neighbours, paginator, ref pagesLaidOut);
                phases.Stop("page: layout", started);
                if (html is null) return null;
                started = BuildPhases.Start();
                var wrote = WriteFile(output, page.OutputPath, html, page.SourcePath, diagnostics);
                phases.Stop("page: write", started);
                return wrote ? body.Fragment : null;
            }

            // Phase 1: every page except a content home page (it needs the paginator built from phase 1's results).
            var phase1 = build.Pages.Where(p => p != homeIndex).ToList();
            var done = 0;
            phaseStarted = BuildPhases.Start();
            progress?.Report(new BuildProgress("pages", 0, build.Pages.Count));
            Parallel.ForEach(phase1, new ParallelOptions
            {
                CancellationToken = cancellationToken,
                MaxDegreeOfParallelism = parallelism,
            }, page =>
            {
                var fragment = Render(page,
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
            phases.Stop("pages (parallel; page: lines are worker time)", phaseStarted, phase1.Count);

            // Phase 2: lists of posts with excerpts, home pages, tag pages, 404, feed, sitemap.
            phaseStarted = BuildPhases.Start();
            var postModels = posts.Select(p => PostSummary(p, fragments.ContainsKey(p) ? bodies.GetValueOrDefault(p) : null, tagsBySlug, keys)).ToList();
            // A generated list page changes only when its posts' bodies, the layouts or the site's page list do.
            string ListKey(string name, IEnumerable<Page> listed) =>
                $"{name}|{keys.Layouts}|{keys.SiteModel}|" + string.Join(",", listed.Select(p => fragments.ContainsKey(p) && bodies.TryGetValue(p, out var b) ? b.Version : -1));
            var sitemap = new List<SitemapWriter.Entry>();
            for (var n = 1; n <= totalHomePages; n++)
            {
                var slice = postModels.Skip((n - 1) * perPage).Take(perPage).ToList();
                var paginator = TemplateModels.Paginator(n, perPage, slice, posts.Count, totalHomePages);
                if (n == 1 && homeIndex is not null)
                {
                    // The paginator (excerpts of other posts) is part of this page: never reuse its laid-out HTML.
                    _laidOut.TryRemove(homeIndex.SourcePath, out _);
                    var fragment = Render(homeIndex, (null, null), paginator);
                    _laidOut.TryRemove(homeIndex.SourcePath, out _);
                    if (fragment is not null) { fragments[homeIndex] = fragment; written++; }
                    continue;
                }
                var url = TemplateModels.PaginationUrl(n);
                var pageModel = TemplateModels.Generated(n == 1 ? config.Title : words.Get("home_page_n", values: Named("title", config.Title, "page", n)), url, "home");
                if (WriteGenerated(layouts, "home", new LayoutModel(siteModel, pageModel, "", paginator), url, diagnostics, output,
                        ListKey("home" + n, posts.Skip((n - 1) * perPage).Take(perPage))))
                {
                    written++;
                    sitemap.Add(new SitemapWriter.Entry(url, null));
                }
            }

            phases.Stop("home pages", phaseStarted, totalHomePages);

            phaseStarted = BuildPhases.Start();
            var postModelByPage = posts.Zip(postModels).ToDictionary(x => x.First, x => x.Second);
            foreach (var tag in tags)
            {
                var tagModel = TemplateModels.Tag(tag, tagsBySlug);
                var tagFeedUrl = FeedWriter.TagFeedUrl(tag.Url);
                var tagFeedPosts = tag.Posts.Where(fragments.ContainsKey).ToList();
                var tagFeedText = Generated(tagFeedUrl, ListKey("feed:" + tag.Slug, tagFeedPosts),
                    () => FeedWriter.Write(config, FeedEntries(tagFeedPosts), new FeedWriter.Channel(tagFeedUrl, $"{config.Title} — {tag.Name}", tag.Url)));
                WriteFile(output, Permalinks.OutputPathFor(tagFeedUrl), tagFeedText, tagFeedUrl, diagnostics);
                tagModel["posts"] = tag.Posts.Select(p => postModelByPage[p]).ToList();
                var pageModel = TemplateModels.Generated(words.Get("tagged", values: Named("name", tag.Name)), tag.Url, "tag");
                var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["tag"] = tagModel };
                if (WriteGenerated(layouts, "tag", new LayoutModel(siteModel, pageModel, "", null, extra), tag.Url, diagnostics, output, ListKey("tag", tag.Posts)))
                {
                    written++;
                    sitemap.Add(new SitemapWriter.Entry(tag.Url, null));
                }
            }

            phases.Stop("tag pages and tag feeds", phaseStarted, tags.Count);

            phaseStarted = BuildPhases.Start();
            if (tagIndexUrl is not null)
            {
                var pageModel = TemplateModels.Generated(words.Get("tags_title"), tagIndexUrl, "tags");
                var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["categories"] = TemplateModels.Categories(posts) };
                if (WriteGenerated(layouts, "tags", new LayoutModel(siteModel, pageModel, "", null, extra), tagIndexUrl, diagnostics, output, ListKey("tags", posts)))
                {
                    written++;
                    sitemap.Add(new SitemapWriter.Entry(tagIndexUrl, null));
                }
            }

            if (writeSearchPage && WriteGenerated(layouts, "search", new LayoutModel(siteModel, TemplateModels.Generated(words.Get("search_title"), SearchIndexWriter.PageUrl, "search"), ""),
                    SearchIndexWriter.PageUrl, diagnostics, output, ListKey("search", [])))
                written++;

            if (!hasCustom404 && WriteGenerated(layouts, "404", new LayoutModel(siteModel, TemplateModels.Generated(words.Get("not_found_title"), "/404.html", "404"), ""), "/404.html", diagnostics, output, ListKey("404", [])))
                written++;

            phases.Stop("tag index, search and 404 pages", phaseStarted);

            phaseStarted = BuildPhases.Start();
            foreach (var page in build.Pages)
            {
                if (!fragments.ContainsKey(page) || page.OutputPath == "404.html" || page.FrontMatter.TryGetValue("sitemap", out var s) && s is false) continue;
                sitemap.Add(new SitemapWriter.Entry(page.Url, page.LastModified?.Value ?? page.Date?.Value));
            }
            // Dates and URLs come from front matter (the site-model key); which pages made it is the list itself.
            var sitemapText = Generated(SitemapWriter.SitemapPath, $"{keys.SiteModel}|" + string.Join("\n", sitemap.Select(e => e.Url)),
                () => SitemapWriter.Write(config, sitemap));
            WriteFile(output, SitemapWriter.SitemapPath, sitemapText, SitemapWriter.SitemapPath, diagnostics);
            phases.Stop("sitemap", phaseStarted, sitemap.Count);
            phaseStarted = BuildPhases.Start();
            var feedPosts = posts.Where(fragments.ContainsKey).ToList();
            var feedText = Generated(FeedWriter.FeedPath, ListKey("feed", feedPosts), () => FeedWriter.Write(config, FeedEntries(feedPosts)));
            WriteFile(output, FeedWriter.FeedPath, feedText, FeedWriter.FeedPath, diagnostics);
            phases.Stop("feed", phaseStarted, System.Math.Min(feedPosts.Count, System.Math.Max(0, config.FeedLimit)));
            phaseStarted = BuildPhases.Start();
            var socialCards = cardPosts.Where(fragments.ContainsKey).ToList();
            WriteSocialCards(config, socialCards, fragments, output, diagnostics);
            phases.Stop("social cards", phaseStarted, socialCards.Count);
            phaseStarted = BuildPhases.Start();
            if (CodeStyles.NeedsStyleSheet(config.Code))
                WriteFile(output, CodeStyles.StyleSheetPath, Generated(CodeStyles.StyleSheetPath, config.Code.Light + "|" + config.Code.Dark, () => CodeStyles.StyleSheet(config.Code)),
                    SiteConfigLoader.FileName, diagnostics);
            if (writeRobots) WriteFile(output, RobotsWriter.RobotsPath, RobotsWriter.Write(config), RobotsWriter.RobotsPath, diagnostics);
            if (config.Search) WriteSearch(config, theme, build.Pages.Where(p => fragments.ContainsKey(p) && SearchIndexWriter.IsSearchable(p)).ToList(), fragments, ListKey, output, diagnostics);

            layouts.ReportFailures();
            foreach (var (path, text) in hostFiles) WriteFile(output, path, text, path, diagnostics);
            phases.Stop("code styles, robots, search, host files", phaseStarted);
            phaseStarted = BuildPhases.Start();
            var copied = CopyFiles(content.StaticFiles, theme, claims, output, diagnostics, cancellationToken);
            phases.Stop("copy files", phaseStarted, copied);
            phaseStarted = BuildPhases.Start();
            build.End();
            phases.Stop("end of build (math cache save)", phaseStarted);

            var succeeded = !diagnostics.HasErrors && !(Options.Strict && diagnostics.WarningCount > 0);
            var committed = false;
            phaseStarted = BuildPhases.Start();
            if (succeeded && commit is not null)
            {
                try
                {
                    commit();
                    committed = true;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    diagnostics.Error(DiagnosticCodes.CannotReplaceOutput, outputDirectory, 0, 0, $"cannot replace the output folder: {e.Message}");
                    succeeded = false;
                }
            }
            phases.Stop("commit (replace the output folder)", phaseStarted);
            return Finish(succeeded, committed, written, copied, content, counters, phases: phases);
        }
        catch (OperationCanceledException)
        {
            build.End();
            return Finish(false, false, 0, 0, content, counters, cancelled: true, phases: phases);
        }
    }

    /// <summary>The search index and the search page's script (from the theme, so a site can replace it).</summary>
    private void WriteSearch(SiteConfig config, ThemeFiles theme, IReadOnlyList<Page> searchable, IReadOnlyDictionary<Page, string> fragments,
        Func<string, IEnumerable<Page>, string> listKey, ISiteOutput output, DiagnosticBag diagnostics)
    {
        var index = Generated(SearchIndexWriter.IndexPath, listKey("search-index", searchable),
            () => SearchIndexWriter.Write(config, searchable.Select(p => new SearchIndexWriter.Entry(p, fragments[p]))));
        WriteFile(output, SearchIndexWriter.IndexPath, index, SearchIndexWriter.IndexPath, diagnostics);
        // The embedded theme has the script, so every theme stack finds one.
        if (theme.Find(SearchIndexWriter.ThemeScriptPath) is not { } script) return;
        try
        {
            WriteFile(output, SearchIndexWriter.ScriptPath, script.ReadAllText(), script.DisplayPath, diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.CannotReadFile, script.DisplayPath, 0, 0, $"cannot read the search script: {e.Message}");
        }
    }

    /// <summary>
    /// The page renderer (Markdig pipeline and processors) for the configuration, made once and kept until the
    /// configuration changes; the warnings its settings gave are reported again by every build.
    /// </summary>
    private PageRenderer FrozenRenderer(SiteConfig config, DiagnosticBag diagnostics)
    {
        if (_pipeline is null)
        {
            var settingsProblems = new DiagnosticBag();
            var renderer = new PageRenderer(MarkdownPipelineFactory.Create(config), PagePipelineRegistry.Create(config, settingsProblems));
            _pipeline = new FrozenPipeline(renderer, settingsProblems.ToList());
            PipelinesCreated++;
        }
        diagnostics.AddRange(_pipeline.Diagnostics);
        return _pipeline.Renderer;
    }

    /// <summary>A page's front matter and URL, read again only when its file changed.</summary>
    private Page? LoadPage(SiteConfig config, DiagnosticBag diagnostics, FileChecks checks, string fullPath, string sourcePath, string contentPath)
    {
        lock (_loadedPages)
        {
            _seenThisBuild.Add(fullPath);
            if (_loadedPages.TryGetValue(fullPath, out var kept) && checks.IsCurrent(fullPath, kept.Stamp))
            {
                diagnostics.AddRange(kept.Diagnostics);
                return kept.Page;
            }
        }
        var stamp = FileStamp.Of(fullPath);
        var own = new DiagnosticBag();
        var page = new ContentLoader(config, Options, own).LoadPage(fullPath, sourcePath, contentPath);
        var loaded = new LoadedPage(stamp, page, own.ToList());
        lock (_loadedPages) _loadedPages[fullPath] = loaded;
        diagnostics.AddRange(loaded.Diagnostics);
        return page;
    }

    private void ForgetRemovedPages(SiteContent content)
    {
        var present = content.Pages.Select(p => p.SourcePath).ToHashSet(StringComparer.Ordinal);
        foreach (var key in _bodies.Keys.Where(k => !present.Contains(k)).ToList()) _bodies.TryRemove(key, out _);
        foreach (var key in _laidOut.Keys.Where(k => !present.Contains(k)).ToList()) _laidOut.TryRemove(key, out _);
        lock (_loadedPages)
        {
            // Files the loader did not ask for in this build were deleted or renamed.
            foreach (var key in _loadedPages.Keys.Where(k => !_seenThisBuild.Contains(k)).ToList()) _loadedPages.Remove(key);
            _seenThisBuild.Clear();
        }
    }

    /// <summary>The page's HTML fragment (Markdown, math, extensions): kept from the last build when nothing it used changed.</summary>
    private RenderedBody? RenderBody(Page page, SiteBuildContext build, PageRenderer renderer, RenderKeys keys, FileChecks checks, ref int rendered)
    {
        if (_bodies.TryGetValue(page.SourcePath, out var kept) && kept.IsValidFor(page, keys, checks))
        {
            build.Diagnostics.AddRange(kept.Diagnostics);
            return kept;
        }

        if (LinkOpenerLimit.FindOverLimit(page.Body) is { } crowdedLine)
        {
            build.Diagnostics.Error(DiagnosticCodes.TooManyLinkOpeners, page.SourcePath, page.BodyLineOffset + crowdedLine - 1, 1,
                $"this line has more than {LinkOpenerLimit.MaxPerLine} link openers '](' (Markdown takes the square of their number to read); the page is skipped");
            _bodies.TryRemove(page.SourcePath, out _);
            return null;
        }
        var ctx = new PageRenderContext(page, build);
        string fragment;
        try
        {
            fragment = renderer.RenderFragment(ctx);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig's own guard against nesting that would overflow the stack (quotes, lists, emphasis, HTML).
            build.Diagnostics.Error(DiagnosticCodes.NestingTooDeep, page.SourcePath, page.BodyLineOffset, 1,
                "the Markdown nests too deeply to render (thousands of levels of quotes, lists, emphasis or blocks); the page is skipped");
            _bodies.TryRemove(page.SourcePath, out _);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug in an extension must not take the build down; the page is reported and skipped.
            build.Diagnostics.Error(DiagnosticCodes.InternalError, page.SourcePath, page.BodyLineOffset, 1, $"internal error while rendering: {e.GetType().Name}: {e.Message}");
            _bodies.TryRemove(page.SourcePath, out _);
            return null;
        }
        Interlocked.Increment(ref rendered);
        var body = new RenderedBody(Interlocked.Increment(ref _bodyVersions), page, fragment,
            string.Join("\n", ctx.HeadHtml), string.Join("\n", ctx.BodyEndHtml),
            new Dictionary<string, object?>(ctx.PageValues, StringComparer.Ordinal),
            ctx.Diagnostics.ToList(),
            ctx.FileDependencies.Order(StringComparer.Ordinal).Select(f => (f, FileStamp.Of(f))).ToArray(),
            ctx.UsesPageIndex ? keys.PageIndex : null);
        // A one-shot build (staticmath build) keeps nothing: the pages' HTML would only cost memory.
        if (keepBetweenBuilds) _bodies[page.SourcePath] = body;
        return body;
    }

    /// <summary>
    /// A post's feed content cut to the site's entry budget (<c>feedEntryKilobytes</c>), or null (the entry is a link
    /// only) when even that would be over the hard limit <see cref="OutputBudget.MaxFeedEntryChars"/>.
    /// </summary>
    private static string? FeedEntryHtml(Page post, string fragment, string bodyEndHtml, SiteConfig config, DiagnosticBag diagnostics)
    {
        // The fragment is checked first: making it self-contained parses it, which a hostile page must not cost.
        var html = fragment.Length > OutputBudget.MaxFeedEntryChars
            ? fragment
            : FeedHtml.ForEntry(fragment, bodyEndHtml, SiteUrls.Absolute(post.Url, config.Origin, config.BasePath),
                System.Math.Max(0, config.FeedEntryKilobytes) * 1024);
        if (html.Length <= OutputBudget.MaxFeedEntryChars) return html;
        diagnostics.Warning(DiagnosticCodes.FeedEntryTooLarge, post.SourcePath, 1, 1,
            $"this post's feed entry would be more than {OutputBudget.MaxFeedEntryChars} characters; the feed links to the post without its content");
        return null;
    }

    /// <summary>The page inside its layouts: kept when the body, the layouts, the site's page list and the neighbours are unchanged.</summary>
    private string? LayOut(Page page, RenderedBody body, SiteBuildContext build, LayoutEngine layouts, Dictionary<string, object?> siteModel,
        IReadOnlyDictionary<string, TagInfo> tagsBySlug, RenderKeys keys, (Page? Older, Page? Newer) neighbours,
        Dictionary<string, object?>? paginator, ref int laidOut)
    {
        var neighbourKey = $"{neighbours.Older?.Url}\n{neighbours.Older?.Title}\n{neighbours.Newer?.Url}\n{neighbours.Newer?.Title}";
        if (paginator is null && _laidOut.TryGetValue(page.SourcePath, out var kept) && ReferenceEquals(kept.Body, body)
            && kept.Layouts == keys.Layouts && kept.SiteModel == keys.SiteModel && kept.Neighbours == neighbourKey)
            return kept.Html;

        var pageModel = TemplateModels.Summary(page, tagsBySlug, body.Text);
        pageModel["content"] = body.Fragment;
        pageModel["head_html"] = body.HeadHtml;
        pageModel["body_end_html"] = body.BodyEndHtml;
        foreach (var (key, value) in body.PageValues) pageModel[key] = value;
        if (page.IsPost)
        {
            // Jekyll's meaning: previous = the older post, next = the newer one.
            pageModel["previous"] = TemplateModels.Link(neighbours.Older);
            pageModel["next"] = TemplateModels.Link(neighbours.Newer);
        }
        var layoutName = page.Layout ?? DefaultLayout(page);
        var html = layouts.Render(layoutName, new LayoutModel(siteModel, pageModel, body.Fragment, paginator), page.SourcePath, page.FrontMatterLine("layout"));
        Interlocked.Increment(ref laidOut);
        if (html is null)
        {
            _laidOut.TryRemove(page.SourcePath, out _);
            return null;
        }
        if (keepBetweenBuilds) _laidOut[page.SourcePath] = new LaidOutPage(body, keys.Layouts, keys.SiteModel, neighbourKey, html);
        return html;
    }

    private static Dictionary<string, string> Named(params object[] pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < pairs.Length; i += 2)
            values[(string)pairs[i]] = Convert.ToString(pairs[i + 1], System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return values;
    }

    /// <summary>The configuration files' stamps with their contents' hashes: read again only when they may have changed.</summary>
    private string ConfigKey(string siteDirectory, ChangedFiles changes)
    {
        var files = SiteRoot.ConfigFileNames.Select(n => Path.Combine(siteDirectory, n)).ToList();
        if (_configKey is not null && !files.Any(changes.MayAffect)) return _configKey;
        return string.Join("|", files.Select(FileStamp.WithContentOf));
    }

    /// <summary>The layouts' fingerprint (every layout file hashed): made again only when a theme folder may have changed.</summary>
    private string LayoutsKey(ThemeFiles theme, ChangedFiles changes)
    {
        var folders = theme.Folders.ToList();
        if (_layoutsKey is { } kept && kept.Folders.SequenceEqual(folders, StringComparer.Ordinal) && !folders.Any(changes.MayAffect))
            return kept.Key;
        var key = SiteFingerprint.OfLayouts(theme);
        _layoutsKey = (folders, key);
        return key;
    }

    private static string DefaultLayout(Page page) =>
        page.Url == "/" ? "home" : page.OutputPath == "404.html" ? "404" : page.IsPost ? "post" : "page";

    private bool WriteGenerated(LayoutEngine layouts, string layout, LayoutModel model, string url, DiagnosticBag diagnostics, ISiteOutput output, string key)
    {
        string? html;
        if (_generated.TryGetValue(url, out var kept) && kept.Key == key)
        {
            html = kept.Html;
        }
        else
        {
            html = layouts.Render(layout, model, $"(generated {url})", 0);
            if (html is null) _generated.Remove(url);
            else _generated[url] = (key, html);
        }
        return html is not null && WriteFile(output, Permalinks.OutputPathFor(url), html, url, diagnostics);
    }

    /// <summary>A generated file's text, made again only when its key changed.</summary>
    private string Generated(string path, string key, Func<string> make)
    {
        if (_generated.TryGetValue(path, out var kept) && kept.Key == key) return kept.Html;
        var text = make();
        _generated[path] = (key, text);
        return text;
    }

    /// <summary>A post as lists show it (title, date, excerpt from its body): kept while its body and the site's page list are.</summary>
    private object? PostSummary(Page post, RenderedBody? body, IReadOnlyDictionary<string, TagInfo> tagsBySlug, RenderKeys keys)
    {
        if (body is not null && _summaries.TryGetValue(post.SourcePath, out var kept) && ReferenceEquals(kept.Body, body) && kept.SiteModel == keys.SiteModel)
            return kept.Model;
        var model = (object?)TemplateModels.Summary(post, tagsBySlug, body?.Text);
        _summaries[post.SourcePath] = (body, keys.SiteModel, model);
        return model;
    }

    /// <summary>Each post without a social image of its own gets a card: its title and first display equation.</summary>
    private static void WriteSocialCards(SiteConfig config, List<Page> posts, IReadOnlyDictionary<Page, string> fragments, ISiteOutput output, DiagnosticBag diagnostics)
    {
        if (posts.Count == 0) return;
        var options = new StaticMath.Math.MathRenderOptions
        {
            GlyphMode = StaticMath.Math.GlyphMode.Inline,
            Macros = config.Math.MacroDefinitions(_ => { }),
        };
        foreach (var post in posts)
        {
            var png = SocialCard.Draw(post.Title, FirstDisplayEquation(fragments[post]), options);
            var path = SocialCard.OutputPathFor(post);
            try { output.CopyStream(path, () => new MemoryStream(png)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.CannotWriteOutput, post.SourcePath, 0, 0, $"cannot write {path}: {e.Message}");
            }
        }
    }

    /// <summary>The TeX of the first display equation of a rendered page (its accessible name), or null.</summary>
    private static string? FirstDisplayEquation(string fragment)
    {
        var start = fragment.IndexOf("class=\"math-display", StringComparison.Ordinal);
        if (start < 0) return null;
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + fragment[fragment.LastIndexOf('<', start)..]);
        return document.QuerySelector(".math-display svg[aria-label]")?.GetAttribute("aria-label");
    }

    private static bool WriteFile(ISiteOutput output, string relativePath, string text, string sourceForErrors, DiagnosticBag diagnostics)
    {
        try
        {
            output.WriteText(relativePath, text);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.CannotWriteOutput, sourceForErrors, 0, 0, $"cannot write {relativePath}: {e.Message}");
            return false;
        }
    }

    private static int CopyFiles(IReadOnlyList<StaticFile> files, ThemeFiles theme, Dictionary<string, string> claims, ISiteOutput output,
        DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        var copied = 0;
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (claims.TryGetValue(file.OutputPath, out var owner))
            {
                diagnostics.Error(DiagnosticCodes.FileOverwritesPage, file.SourcePath, 0, 0, $"the file would overwrite the output of {owner}; rename or move it");
                continue;
            }
            if (!taken.Add(file.OutputPath))
            {
                diagnostics.Warning(DiagnosticCodes.DuplicateStaticFile, file.SourcePath, 0, 0, $"another file already provides /{file.OutputPath}; this one is ignored");
                continue;
            }
            try
            {
                output.CopyFile(file.OutputPath, file.FullPath);
                copied++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.CannotReadFile, file.SourcePath, 0, 0, $"cannot copy file: {e.Message}");
            }
        }

        // Theme assets (CSS, fonts, images) unless the site provides a file at the same path.
        foreach (var asset in theme.ListUnder("assets"))
        {
            if (taken.Contains(asset.Path) || claims.ContainsKey(asset.Path)) continue;
            try
            {
                if (asset.FullPath is { } full) output.CopyFile(asset.Path, full);
                else output.CopyStream(asset.Path, asset.OpenRead);
                copied++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.CannotReadFile, asset.DisplayPath, 0, 0, $"cannot copy theme asset: {e.Message}");
            }
        }
        return copied;
    }

    /// <summary>Listed on the home page, tag pages and the feed: every post except <c>hidden: true</c> ones.</summary>
    private static bool IsListed(Page post) => !(post.FrontMatter.TryGetValue("hidden", out var hidden) && hidden is true);

    /// <summary>
    /// Where the index of all tags goes: the folder the tag pages live in (<c>/tags/</c> for <c>/tags/{slug}/</c>),
    /// unless the site has no tags, the pattern has no folder of its own, or a page of the site already is that index.
    /// </summary>
    private static string? TagIndexUrl(SiteConfig config, IReadOnlyList<TagInfo> tags, IReadOnlyList<Page> pages)
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

    private sealed record FrozenPipeline(PageRenderer Renderer, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record LoadedPage(FileStamp Stamp, Page? Page, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record LaidOutPage(RenderedBody Body, string Layouts, string SiteModel, string Neighbours, string Html);
}
