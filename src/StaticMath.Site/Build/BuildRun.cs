using System.Collections.Concurrent;
using System.Diagnostics;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Markdown.Extensions.CodeHighlighting;
using StaticMath.Site.Markdown.Extensions.Math;
using StaticMath.Site.Output;
using StaticMath.Site.Pipeline;
using StaticMath.Site.Themes;

namespace StaticMath.Site.Build;

/// <summary>
/// One build of a <see cref="SiteSession"/>, as named phases run in order: load, set up, pages (in parallel), home
/// pages, tag pages, index pages, sitemap, feed, social cards, site files, copies, end, commit. Each phase is timed
/// (<c>--verbose</c>); what the session kept from earlier builds is reused through <see cref="KeptOutputs"/>.
/// </summary>
internal sealed class BuildRun(BuildOptions options, KeptOutputs kept, ISiteOutput output, IProgress<BuildProgress>? progress,
    FileChecks checks, CancellationToken cancellationToken)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<SitemapWriter.Entry> _sitemap = [];
    private SiteConfig _config = null!;
    private ThemeFiles _theme = null!;
    private SiteBuildContext _build = null!;
    private SiteContent _content = null!;
    private SitePlan _plan = null!;
    private PageRenderer _renderer = null!;
    private LayoutEngine _layouts = null!;
    private BuiltPages _built = null!;
    private PageReuse? _reuse;
    private RenderKeys _keys = null!;
    private Dictionary<string, object?> _siteModel = null!;
    private Dictionary<Page, KeptOutputs.PostListing> _listings = [];
    private bool _listsShowWordCount;
    private string _outputDirectory = "";
    private int _written, _copied;
    private int _bodiesRendered, _pagesLaidOut, _generatedMade;

    public string SiteDirectory { get; } = Path.GetFullPath(options.SourceDirectory);

    public int BodiesRendered => _bodiesRendered;

    public int PagesLaidOut => _pagesLaidOut;

    /// <summary>Pages whose file was taken from the last build into the same output folder (see <see cref="PageReuse"/>).</summary>
    public int PagesReused => _reuse?.Reused ?? 0;

    /// <summary>Generated outputs (list pages, feeds and feed entries, sitemap, search index, social cards) made, not taken from the last build.</summary>
    public int GeneratedMade => _generatedMade;

    private int Parallelism => options.MaxParallelism > 0 ? options.MaxParallelism : Environment.ProcessorCount;

    private BuildPhases Phases => _build.Phases;

    /// <summary>Builds the site; <paramref name="commit"/> publishes it when it succeeded.</summary>
    /// <param name="layoutsKey">The layouts' fingerprint for this build's theme (the session keeps it while no theme file changed).</param>
    public BuildResult Run(Action? commit, string outputDirectory, Func<ThemeFiles, LayoutsFingerprint> layoutsKey)
    {
        _outputDirectory = outputDirectory;
        Load();
        try
        {
            SetUp(layoutsKey);
            RenderPages();
            Timed("home pages", _plan.HomePages, WriteHomePages);
            Timed("tag pages and tag feeds", _plan.Tags.Count, WriteTagPages);
            Timed("tag index, search and 404 pages", 1, WriteIndexPages);
            Timed("sitemap", () => _sitemap.Count, WriteSitemap);
            Timed("feed", () => System.Math.Min(_plan.ListedPosts.Count(_built.Contains), System.Math.Max(0, _config.FeedLimit)), WriteFeed);
            Timed("social cards", () => _plan.CardPosts.Count(_built.Contains), WriteSocialCards);
            Timed("code styles, robots, search, host files", 1, WriteSiteFiles);
            Timed("copy files", () => _copied, () => _copied = OutputFiles.Copy(_content.StaticFiles, _theme, _plan.Claims, output, _diagnostics, cancellationToken));
            Timed("end of build (math cache save)", 1, _build.End);
            var succeeded = !_diagnostics.HasErrors && !(options.Strict && _diagnostics.WarningCount > 0);
            var committed = false;
            Timed("commit (replace the output folder)", 1, () => committed = Commit(commit, outputDirectory, ref succeeded));
            if (_reuse is not null) Timed("page records (for the next build)", 1, () => _reuse.Save(committed));
            return Finish(succeeded, committed, _written, _copied);
        }
        catch (OperationCanceledException)
        {
            _build.End();
            return Finish(false, false, 0, 0, cancelled: true);
        }
        finally
        {
            _reuse?.Dispose();
        }
    }

    /// <summary>Configuration, theme, the content folder (each page's front matter, read again only when changed) and the plan.</summary>
    private void Load()
    {
        var started = BuildPhases.Start();
        _config = SiteConfigLoader.LoadFromDirectory(SiteDirectory, SiteFeatures.Sections, _diagnostics);
        if (options.BaseUrl is not null) _config.BaseUrl = options.BaseUrl;
        if (options.ForPublishing && BaseUrlCheck.Warning(_config) is { } noBaseUrl) _diagnostics.Add(noBaseUrl);
        _theme = ThemeFiles.Resolve(SiteDirectory, _config.Theme, _diagnostics);
        _build = new SiteBuildContext(_config, options, _diagnostics, _theme, kept.Services);
        var config = _config;
        _content = new ContentLoader(config, options, _diagnostics)
        {
            PageLoader = (full, source, contentPath) => kept.LoadPage(config, _diagnostics, checks, full, source, contentPath),
            FileLister = (folder, skip) => kept.FilesUnder(SiteDirectory, folder, skip, _diagnostics, checks.Changes),
        }.Load();
        kept.ForgetRemovedPages(_content);
        _plan = SitePlan.Make(_content, _config, _diagnostics);
        _build.Pages = _plan.Pages;
        _build.CopiedFiles = _content.StaticFiles.Select(f => f.OutputPath).ToHashSet(StringComparer.Ordinal);
        Phases.Stop("load (config, theme, pages' front matter, URLs)", started, _content.Pages.Count);
    }

    /// <summary>The frozen renderer, the layouts, the fingerprints of the site-wide inputs and the <c>site</c> model.</summary>
    private void SetUp(Func<ThemeFiles, LayoutsFingerprint> layoutsKey)
    {
        var started = BuildPhases.Start();
        _renderer = kept.FrozenRenderer(_config, _diagnostics);
        var layouts = layoutsKey(_theme);
        _listsShowWordCount = layouts.ShowsWordCount;
        _keys = new RenderKeys(
            PageIndex: SiteFingerprint.OfPageIndex(_build.Pages, _build.CopiedFiles),
            Layouts: layouts.Key,
            SiteModel: SiteFingerprint.OfSiteModel(_build.Pages));
        // Known before the rest of the setup, so that what the features start with the build (a store read in the
        // background when every page will be made) runs beside it.
        _reuse = PageReuse.Start(options, kept.KeepsBetweenBuilds, SiteDirectory, _outputDirectory, _theme, _keys, _diagnostics);
        _build.EveryPageIsMade = _reuse is null ? !kept.KeepsBetweenBuilds : !_reuse.MayKeepPages;
        _renderer.StartBuild(_build);
        var templates = kept.FrozenTemplates(SiteDirectory, _theme, _config, _keys.Layouts);
        // Page bodies find the site's one Liquid environment among the build's services.
        _build.GetOrAddService(() => templates.Liquid);
        _layouts = new LayoutEngine(templates, _diagnostics, BuildClock.Now(options));
        _layouts.Validate();
        var posts = _plan.ListedPosts;
        _siteModel = kept.SiteModel(_keys.SiteModel, () => TemplateModels.Site(_config, posts, _plan.OtherPages, _plan.Tags, _plan.TagsBySlug));
        _siteModel["tag_index_url"] = _plan.TagIndexUrl;
        // Jekyll's site.time is the build's time: the newest post date keeps it stable between builds, and a site
        // without dated posts gets the build clock (SOURCE_DATE_EPOCH for a reproducible build).
        _siteModel["time"] = TemplateModels.NewestPostDate(posts) ?? BuildClock.Now(options);
        _siteModel["search_url"] = _config.Search ? SearchIndexWriter.PageUrl : null;
        _siteModel["code_style_css"] = CodeStyles.NeedsStyleSheet(_config.Section<CodeConfig>()) ? "/" + CodeStyles.StyleSheetPath : null;
        var feedLimit = System.Math.Max(0, _config.FeedLimit);
        _built = new BuiltPages(kept.KeepsBetweenBuilds,
            feedCandidates: posts.Take(feedLimit).Concat(_plan.Tags.SelectMany(t => t.Posts.Take(feedLimit))).ToHashSet(),
            fragmentReaders: (_config.Search ? _build.Pages.Where(SearchIndexWriter.IsSearchable) : []).ToHashSet(),
            (post, body) => FeedEntryOf(post, body).Html,
            outlineReaders: _plan.CardPosts.ToHashSet());
        Phases.Stop("setup (Markdown pipeline, processors, layouts, last build's page records)", started);
    }

    /// <summary>Every page except a content home page (it needs the paginator, made from these pages' results), in parallel.</summary>
    private void RenderPages()
    {
        var posts = _plan.ListedPosts;
        var postIndex = posts.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        // Longest first, handed out one at a time: a long post started last would leave the other cores idle at the end.
        var pages = _build.Pages.Where(p => p != _plan.HomeIndex).OrderByDescending(p => p.Body.Length).ToList();
        var done = 0;
        var started = BuildPhases.Start();
        var reportedBefore = _reuse is null ? null : _diagnostics.ToList().ToHashSet();
        progress?.Report(new BuildProgress("pages", 0, _build.Pages.Count));
        Parallel.ForEach(Partitioner.Create(pages, EnumerablePartitionerOptions.NoBuffering), new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = Parallelism,
        }, page =>
        {
            var neighbours = postIndex.TryGetValue(page, out var i) ? (i + 1 < posts.Count ? posts[i + 1] : null, i > 0 ? posts[i - 1] : null) : (null, null);
            if (Render(page, neighbours, paginator: null)) Interlocked.Increment(ref _written);
            progress?.Report(new BuildProgress("pages", Interlocked.Increment(ref done), _build.Pages.Count));
        });
        cancellationToken.ThrowIfCancellationRequested();
        _reuse?.PagePhaseReported(_diagnostics.ToList().Where(d => !reportedBefore!.Contains(d)));
        Phases.Stop("pages (parallel; page: lines are worker time)", started, pages.Count);
    }

    /// <summary>
    /// One page: its file taken from the last build when nothing it was made from changed; else its body (kept or
    /// rendered), laid out (kept or laid out again), written.
    /// </summary>
    private bool Render(Page page, (Page? Older, Page? Newer) neighbours, Dictionary<string, object?>? paginator)
    {
        var reuseKey = _reuse is not null && paginator is null && !_built.ReadsFragmentOf(page) ? _reuse.KeyOf(page, neighbours) : null;
        if (reuseKey is not null && !_build.EveryPageIsMade && TakeFromLastBuild(page, reuseKey)) return true;
        var started = BuildPhases.Start();
        var body = kept.RenderBody(page, _build, _renderer, _keys, checks, ref _bodiesRendered);
        Phases.Stop("page: body (all stages above)", started);
        if (body is null) return false;
        started = BuildPhases.Start();
        var html = kept.LayOut(page, body, _layouts, _siteModel, _plan.TagsBySlug, _keys, neighbours, paginator, ref _pagesLaidOut);
        Phases.Stop("page: layout", started);
        if (html is null) return false;
        started = BuildPhases.Start();
        var wrote = OutputFiles.Write(output, page.OutputPath, html, page.SourcePath, _diagnostics);
        Phases.Stop("page: write", started);
        if (!wrote) return false;
        started = BuildPhases.Start();
        _built.Add(page, body);
        _reuse?.Wrote(page, reuseKey, body, _built.IsFeedCandidate(page) ? FeedRecordOf(page, body) : null);
        Phases.Stop("page: feed entry, fragment let go", started);
        return true;
    }

    /// <summary>The page's file as the last build wrote it, with the problems rendering it reported; false when it must be made.</summary>
    private bool TakeFromLastBuild(Page page, string key)
    {
        var started = BuildPhases.Start();
        var feedCandidate = _built.IsFeedCandidate(page);
        if (_reuse!.TryReuse(page, key, feedCandidate, output, kept.NextBodyVersion()) is not var (body, feed))
        {
            Phases.Stop("page: last build's file not usable", started);
            return false;
        }
        _diagnostics.AddRange(body.Diagnostics);
        // The entry's problems are reported with the feed (through the kept entry); the feed reads its HTML from the built pages.
        if (feedCandidate && feed is not null) kept.KeepFeedEntry(page, new KeptOutputs.FeedEntry(body, feed.Html, feed.Diagnostics));
        _built.Add(page, body, feedCandidate ? feed?.Html : null);
        _reuse.Wrote(page, key, body, feed);
        Phases.Stop("page: file taken from the last build", started);
        return true;
    }

    /// <summary>A feed candidate's entry (made when its body was added) as the page's record keeps it.</summary>
    private PageRecord.FeedEntry FeedRecordOf(Page post, RenderedBody body)
    {
        var entry = FeedEntryOf(post, body);
        return new PageRecord.FeedEntry(entry.Html, entry.Diagnostics);
    }

    /// <summary>The paginated home (or the site's own home page with the paginator).</summary>
    private void WriteHomePages()
    {
        var posts = _plan.ListedPosts;
        _listings = posts.ToDictionary(p => p, p => kept.ListingOf(p, _built.BodyOf(p), _plan.TagsBySlug, _keys, _listsShowWordCount));
        var perPage = _plan.PostsPerHomePage;
        for (var n = 1; n <= _plan.HomePages; n++)
        {
            var slice = posts.Skip((n - 1) * perPage).Take(perPage);
            Dictionary<string, object?> Paginator() => TemplateModels.Paginator(n, perPage, PostModels(slice), posts.Count, _plan.HomePages);
            if (n == 1 && _plan.HomeIndex is { } homeIndex)
            {
                // The paginator (excerpts of other posts) is part of this page: never reuse its laid-out HTML.
                kept.ForgetLayOut(homeIndex);
                if (Render(homeIndex, (null, null), Paginator())) _written++;
                kept.ForgetLayOut(homeIndex);
                continue;
            }
            var url = TemplateModels.PaginationUrl(n);
            var title = n == 1 ? _config.Title : _layouts.Words.Get("home_page_n", values: Named("title", _config.Title, "page", n));
            WriteListPage("home", () => new LayoutModel(_siteModel, TemplateModels.Generated(title, url, "home"), Liquid.PageText.Of(""), Paginator()), url,
                ListKey("home" + n, slice), inSitemap: true);
        }
    }

    /// <summary>Each tag's page and feed.</summary>
    private void WriteTagPages()
    {
        foreach (var tag in _plan.Tags)
        {
            var tagFeedUrl = FeedWriter.TagFeedUrl(tag.Url);
            var tagFeedPosts = tag.Posts.Where(_built.Contains).ToList();
            WriteFeedFile(tagFeedUrl, tagFeedPosts,
                entries => FeedWriter.Write(_config, entries, new FeedWriter.Channel(tagFeedUrl, $"{_config.Title} — {tag.Name}", tag.Url)));
            WriteListPage("tag", () => TagPageModel(tag), tag.Url, ListKey("tag", tag.Posts), inSitemap: true);
        }
    }

    private LayoutModel TagPageModel(TagInfo tag)
    {
        var tagModel = TemplateModels.Tag(tag, _plan.TagsBySlug);
        tagModel["posts"] = PostModels(tag.Posts);
        var pageModel = TemplateModels.Generated(_layouts.Words.Get("tagged", values: Named("name", tag.Name)), tag.Url, "tag");
        var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["tag"] = tagModel };
        return new LayoutModel(_siteModel, pageModel, Liquid.PageText.Of(""), null, extra);
    }

    /// <summary>The listed posts as lists show them (with their excerpts and reading times).</summary>
    private List<object?> PostModels(IEnumerable<Page> posts) => posts.Select(p => (object?)_listings[p].Model).ToList();

    /// <summary>The index of all tags, the search page and the 404 page, when the site has none of its own.</summary>
    private void WriteIndexPages()
    {
        var words = _layouts.Words;
        if (_plan.TagIndexUrl is { } tagIndexUrl)
        {
            var pageModel = TemplateModels.Generated(words.Get("tags_title"), tagIndexUrl, "tags");
            var extra = new Dictionary<string, object?>(StringComparer.Ordinal) { ["categories"] = TemplateModels.Categories(_plan.ListedPosts) };
            // Tags and categories are front matter: the site-model key covers them.
            WriteListPage("tags", () => new LayoutModel(_siteModel, pageModel, Liquid.PageText.Of(""), null, extra), tagIndexUrl, ListKey("tags", []), inSitemap: true);
        }
        if (_plan.WriteSearchPage)
            WriteListPage("search", () => new LayoutModel(_siteModel, TemplateModels.Generated(words.Get("search_title"), SearchIndexWriter.PageUrl, "search"), Liquid.PageText.Of("")),
                SearchIndexWriter.PageUrl, ListKey("search", []), inSitemap: false);
        if (_plan.WriteNotFoundPage)
            WriteListPage("404", () => new LayoutModel(_siteModel, TemplateModels.Generated(words.Get("not_found_title"), "/404.html", "404"), Liquid.PageText.Of("")),
                "/404.html", ListKey("404", []), inSitemap: false);
    }

    private void WriteSitemap()
    {
        foreach (var page in _build.Pages)
        {
            if (!_built.Contains(page) || page.OutputPath == "404.html" || page.FrontMatter.TryGetValue("sitemap", out var s) && s is false) continue;
            _sitemap.Add(new SitemapWriter.Entry(page.Url, page.LastModified?.Value ?? page.Date?.Value));
        }
        // Dates and URLs come from front matter (the site-model key); which pages made it is the list itself.
        WriteGeneratedFile(SitemapWriter.SitemapPath, SitemapWriter.SitemapPath, $"{_keys.SiteModel}|" + string.Join("\n", _sitemap.Select(e => e.Url)),
            () => SitemapWriter.Write(_config, _sitemap));
    }

    private void WriteFeed()
    {
        var feedPosts = _plan.ListedPosts.Where(_built.Contains).ToList();
        WriteFeedFile(FeedWriter.FeedPath, feedPosts, entries => FeedWriter.Write(_config, entries));
    }

    /// <summary>
    /// The newest posts of a feed with their HTML made readable outside the site (math glyphs inlined). Each entry
    /// parses its post's whole HTML, so they are made on every core (in order: the feed lists them newest first).
    /// </summary>
    private List<FeedWriter.Entry> FeedEntries(IEnumerable<Page> newestFirst) => FeedPosts(newestFirst)
        .AsParallel().AsOrdered().WithDegreeOfParallelism(Parallelism).WithCancellation(cancellationToken)
        .Select(_built.FeedEntry).ToList();

    /// <summary>The posts a feed shows: the newest <c>feedLimit</c> of those built.</summary>
    private IEnumerable<Page> FeedPosts(IEnumerable<Page> newestFirst) => newestFirst.Take(System.Math.Max(0, _config.FeedLimit));

    /// <summary>A post's feed entry: made once per rendered body, for every feed listing it, and kept across builds.</summary>
    private KeptOutputs.FeedEntry FeedEntryOf(Page post, RenderedBody body) =>
        kept.FeedEntryOf(post, body, () => MakeFeedEntry(post, body), ref _generatedMade);

    /// <summary>A feed's text, made again only when one of its posts' bodies changed; its entries' warnings are reported every build.</summary>
    private void WriteFeedFile(string name, IReadOnlyList<Page> newestFirst, Func<List<FeedWriter.Entry>, string> write)
    {
        var shown = FeedPosts(newestFirst).ToList();
        WriteGeneratedFile(name, Permalinks.OutputPathFor(name), ContentKey(name, shown), () => write(FeedEntries(shown)));
        foreach (var post in shown) _diagnostics.AddRange(FeedEntryOf(post, _built.BodyOf(post)!).Diagnostics);
    }

    /// <summary>
    /// A post's feed content cut to the site's entry budget (<c>feedEntryKilobytes</c>), or null (the entry is a link
    /// only) when even that would be over the hard limit <see cref="OutputBudget.MaxFeedEntryChars"/>.
    /// </summary>
    private KeptOutputs.FeedEntry MakeFeedEntry(Page post, RenderedBody body)
    {
        // The fragment's length is checked first: making it self-contained parses it, which a hostile page must not cost.
        var html = body.Content.Length > OutputBudget.MaxFeedEntryChars
            ? null
            : FeedHtml.ForEntry(body.Content, body.BodyEndHtml, SiteUrls.Absolute(post.Url, _config.Origin, _config.BasePath),
                System.Math.Max(0, _config.FeedEntryKilobytes) * 1024);
        if (html is not null && html.Length <= OutputBudget.MaxFeedEntryChars) return new(body, html, []);
        return new(body, null, [Diagnostic.Warning(DiagnosticCodes.FeedEntryTooLarge, post.SourcePath, 1, 1,
            $"this post's feed entry would be more than {OutputBudget.MaxFeedEntryChars} characters; the feed links to the post without its content")]);
    }

    /// <summary>Each post without a social image of its own gets a card: its title and first display equation.</summary>
    private void WriteSocialCards()
    {
        var posts = _plan.CardPosts.Where(_built.Contains).ToList();
        if (posts.Count == 0) return;
        var cardOptions = new StaticMath.Math.MathRenderOptions
        {
            GlyphMode = StaticMath.Math.GlyphMode.Inline,
            Macros = _config.Section<MathConfig>().MacroDefinitions(_ => { }),
        };
        foreach (var post in posts)
        {
            var png = kept.SocialCardOf(post, _built.BodyOf(post)!, () => SocialCard.Draw(post.Title, _built.BodyOf(post)!.Outline.FirstDisplayTex, cardOptions), ref _generatedMade);
            var path = SocialCard.OutputPathFor(post);
            try { output.CopyStream(path, () => new MemoryStream(png)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _diagnostics.Error(DiagnosticCodes.CannotWriteOutput, post.SourcePath, 0, 0, $"cannot write {path}: {e.Message}");
            }
        }
    }

    /// <summary>The code style sheet, robots.txt, the search index and script, the host files; layout failures reported.</summary>
    private void WriteSiteFiles()
    {
        var code = _config.Section<CodeConfig>();
        if (CodeStyles.NeedsStyleSheet(code))
            WriteGeneratedFile(CodeStyles.StyleSheetPath, CodeStyles.StyleSheetPath, code.Light + "|" + code.Dark,
                () => CodeStyles.StyleSheet(code), SiteConfigLoader.FileName);
        if (_plan.WriteRobots) OutputFiles.Write(output, RobotsWriter.RobotsPath, RobotsWriter.Write(_config), RobotsWriter.RobotsPath, _diagnostics);
        if (_config.Search) WriteSearch(_build.Pages.Where(p => _built.Contains(p) && SearchIndexWriter.IsSearchable(p)).ToList());
        _layouts.ReportFailures();
        foreach (var (path, text) in _plan.HostFiles) OutputFiles.Write(output, path, text, path, _diagnostics);
    }

    /// <summary>The search index and the search page's script (from the theme, so a site can replace it).</summary>
    private void WriteSearch(IReadOnlyList<Page> searchable)
    {
        WriteGeneratedFile(SearchIndexWriter.IndexPath, SearchIndexWriter.IndexPath, ContentKey("search-index", searchable),
            () => SearchIndexWriter.Write(_config, searchable.Select(p => new SearchIndexWriter.Entry(p, _built.FragmentOf(p)))));
        // The embedded theme has the script, so every theme stack finds one.
        if (_theme.Find(SearchIndexWriter.ThemeScriptPath) is not { } script) return;
        try
        {
            OutputFiles.Write(output, SearchIndexWriter.ScriptPath, script.ReadAllText(), script.DisplayPath, _diagnostics);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error(DiagnosticCodes.CannotReadFile, script.DisplayPath, 0, 0, $"cannot read the search script: {e.Message}");
        }
    }

    private bool Commit(Action? commit, string outputDirectory, ref bool succeeded)
    {
        if (!succeeded || commit is null) return false;
        try
        {
            commit();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error(DiagnosticCodes.CannotReplaceOutput, outputDirectory, 0, 0, $"cannot replace the output folder: {e.Message}");
            succeeded = false;
            return false;
        }
    }

    /// <summary>A generated list page (home, tag, tag index, search, 404): laid out again only when its key changed.</summary>
    /// <param name="model">Made only when the page is laid out again.</param>
    private void WriteListPage(string layout, Func<LayoutModel> model, string url, string key, bool inSitemap)
    {
        var html = kept.Generated(url, key, () => _layouts.Render(layout, model(), $"(generated {url})", 0), ref _generatedMade);
        if (html is null || !OutputFiles.Write(output, Permalinks.OutputPathFor(url), html, url, _diagnostics)) return;
        _written++;
        if (inSitemap) _sitemap.Add(new SitemapWriter.Entry(url, null));
    }

    /// <summary>A generated file (feed, sitemap, search index, style sheet): made again only when its key changed.</summary>
    private void WriteGeneratedFile(string name, string path, string key, Func<string> make, string? sourceForErrors = null)
    {
        if (kept.Generated(name, key, make, ref _generatedMade) is { } text)
            OutputFiles.Write(output, path, text, sourceForErrors ?? name, _diagnostics);
    }

    /// <summary>
    /// A list page changes only when the layouts, the site's front matter (titles, dates, tags) or what it shows of its
    /// posts' bodies (excerpt, reading time) do: an edit further down a post's body leaves the lists as they were.
    /// </summary>
    private string ListKey(string name, IEnumerable<Page> listed) =>
        $"{name}|{_keys.Layouts}|{_keys.SiteModel}|" + string.Join(",", listed.Select(p => _listings[p].Version));

    /// <summary>A file made of its pages' whole bodies (feeds, search index) changes when one of those bodies or the front matter does.</summary>
    private string ContentKey(string name, IEnumerable<Page> listed) =>
        $"{name}|{_keys.SiteModel}|" + string.Join(",", listed.Select(p => _built.BodyOf(p) is { } b ? b.Version : -1));

    private void Timed(string phase, long count, Action run) => Timed(phase, () => count, run);

    private void Timed(string phase, Func<long> count, Action run)
    {
        var started = BuildPhases.Start();
        run();
        Phases.Stop(phase, started, count());
    }

    private BuildResult Finish(bool succeeded, bool written, int pages, int files, bool cancelled = false) => new()
    {
        Succeeded = succeeded,
        OutputWritten = written,
        OutputDirectory = _outputDirectory,
        PagesWritten = pages,
        PagesReused = written ? PagesReused : 0,
        FilesCopied = files,
        DraftsSkipped = _content.SkippedDrafts,
        FutureSkipped = _content.SkippedFuture,
        // Pages report the build-wide problems they depend on (a .bib's syntax, math settings) as their own, so
        // a rebuild that reuses them shows them again; the build lists each once.
        Diagnostics = OncePerBuild.Fold(_diagnostics.Sorted().Distinct().ToList()),
        Elapsed = _clock.Elapsed,
        Counters = _build.Counters.Snapshot(),
        Phases = Phases.Snapshot(),
        Cancelled = cancelled,
    };

    private static Dictionary<string, string> Named(params object[] pairs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < pairs.Length; i += 2)
            values[(string)pairs[i]] = Convert.ToString(pairs[i + 1], System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return values;
    }
}
