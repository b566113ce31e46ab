using System.Collections.Concurrent;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Liquid;
using StaticMath.Site.Markdown;
using StaticMath.Site.Pipeline;
using StaticMath.Site.Themes;

namespace StaticMath.Site.Build;

/// <summary>
/// What a <see cref="SiteSession"/> keeps from one build for the next, each item with what it depended on, and the
/// rules for reusing it: loaded pages (while their file is unchanged), rendered bodies (while the page, the files it
/// read or looked for and, if it resolved links, the page URL table are), laid-out pages, generated lists, feed
/// entries, social cards and the site model. A one-shot build keeps only what the same build reuses.
/// Everything is dropped when the configuration changes (<see cref="Clear"/>).
/// </summary>
internal sealed class KeptOutputs(BuildOptions options, bool keepBetweenBuilds)
{
    private readonly Dictionary<string, LoadedPage> _loadedPages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FolderFiles> _folderFiles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenThisBuild = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RenderedBody> _bodies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LaidOutPage> _laidOut = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Key, string Html)> _generated = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PostListing> _listings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FeedEntry> _feedEntries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (RenderedBody Body, string Title, byte[] Png)> _cards = new(StringComparer.Ordinal);
    private (string Key, Dictionary<string, object?> Model)? _siteModel;
    private RegisteredFeatures? _features;
    private KeptServices? _services;
    private (string LayoutsKey, ThemeTemplates Templates)? _themeTemplates;
    private long _bodyVersions;
    private long _listingVersions;
    private int _servicesCreatedBefore;
    private int _deferredDoneBefore;

    /// <summary>Times <c>content/</c> or <c>static/</c> was walked (not taken from the last build), over the session.</summary>
    public int FoldersWalked { get; private set; }

    /// <summary>
    /// Registrations of every feature made so far (the Markdig pipeline and passes, the Liquid tags and filters): one
    /// per configuration, shared by the page renderer and the theme's Liquid environment.
    /// </summary>
    public int PipelinesCreated { get; private set; }

    /// <summary>True for a session (serve) that keeps pages between builds; false for a one-shot build.</summary>
    public bool KeepsBetweenBuilds => keepBetweenBuilds;

    /// <summary>
    /// The build-wide services (the open math cache) a session keeps until the configuration changes; null for a
    /// one-shot build, which makes its own.
    /// </summary>
    public KeptServices? Services => keepBetweenBuilds ? _services ??= new KeptServices() : null;

    /// <summary>Services made by the builds of this session (see <see cref="KeptServices.Created"/>), over every configuration.</summary>
    public int ServicesCreated => _servicesCreatedBefore + (_services?.Created ?? 0);

    /// <summary>Deferred work that found something to do (math cache saves), over every configuration.</summary>
    public int DeferredDone => _deferredDoneBefore + (_services?.DeferredDone ?? 0);

    /// <summary>Liquid environments (parser, filters, parsed layouts) made so far: one per configuration and theme.</summary>
    public int TemplatesCreated { get; private set; }

    /// <summary>Does what the last build left for after it (saving the math cache).</summary>
    public void RunDeferred() => _services?.RunDeferred();

    public void Clear()
    {
        CloseServices();
        lock (_loadedPages) _loadedPages.Clear();
        _folderFiles.Clear();
        _bodies.Clear();
        _laidOut.Clear();
        _generated.Clear();
        _listings.Clear();
        _feedEntries.Clear();
        _cards.Clear();
        _siteModel = null;
        _features = null;
        _themeTemplates = null;
    }

    /// <summary>
    /// The page renderer (Markdig pipeline and processors) for the configuration, made once and kept until the
    /// configuration changes; the warnings its settings gave are reported again by every build.
    /// </summary>
    public PageRenderer FrozenRenderer(SiteConfig config, DiagnosticBag diagnostics)
    {
        var features = Features(config);
        diagnostics.AddRange(features.Diagnostics);
        return features.Renderer;
    }

    /// <summary>Every feature registered once for the configuration: the page renderer and the templates take their parts.</summary>
    private RegisteredFeatures Features(SiteConfig config)
    {
        if (_features is null)
        {
            var settingsProblems = new DiagnosticBag();
            var registry = SiteFeatures.Register(config, settingsProblems);
            _features = new RegisteredFeatures(registry.Part<LiquidRegistry>(), new PageRenderer(registry.Freeze()), settingsProblems.ToList());
            PipelinesCreated++;
        }
        return _features;
    }

    /// <summary>
    /// The Liquid environment and parsed layouts for the configuration and theme, made once and kept until the
    /// configuration or a layout or translation file changes (<paramref name="layoutsKey"/>).
    /// </summary>
    public ThemeTemplates FrozenTemplates(string siteDirectory, ThemeFiles theme, SiteConfig config, string layoutsKey)
    {
        if (_themeTemplates is not { } kept || kept.LayoutsKey != layoutsKey)
        {
            _themeTemplates = kept = (layoutsKey, ThemeTemplates.Create(siteDirectory, theme, config, Features(config).Liquid));
            TemplatesCreated++;
        }
        return kept.Templates;
    }

    /// <summary>
    /// The files under <c>content/</c> or <c>static/</c> (<paramref name="folder"/>): the last build's list, with the
    /// problems walking it gave, while the reported changes added or removed nothing there; else walked again.
    /// </summary>
    public IReadOnlyList<string> FilesUnder(string siteDirectory, string folder, Func<string, bool> skip, DiagnosticBag diagnostics, ChangedFiles changes)
    {
        if (_folderFiles.TryGetValue(folder, out var kept) && !changes.MayChangeListOf(folder, kept.Set))
        {
            diagnostics.AddRange(kept.Diagnostics);
            return kept.Files;
        }
        var own = new DiagnosticBag();
        var files = new SiteFileWalker(siteDirectory, own).Files(folder, skip);
        FoldersWalked++;
        if (keepBetweenBuilds) _folderFiles[folder] = new FolderFiles(files, files.ToHashSet(StringComparer.Ordinal), own.ToList());
        diagnostics.AddRange(own.ToList());
        return files;
    }

    /// <summary>A page's front matter and URL, read again only when its file changed.</summary>
    public Page? LoadPage(SiteConfig config, DiagnosticBag diagnostics, FileChecks checks, string fullPath, string sourcePath, string contentPath)
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
        var page = new ContentLoader(config, options, own).LoadPage(fullPath, sourcePath, contentPath);
        var loaded = new LoadedPage(stamp, page, own.ToList());
        lock (_loadedPages) _loadedPages[fullPath] = loaded;
        diagnostics.AddRange(loaded.Diagnostics);
        return page;
    }

    public void ForgetRemovedPages(SiteContent content)
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
    public RenderedBody? RenderBody(Page page, SiteBuildContext build, PageRenderer renderer, RenderKeys keys, FileChecks checks, ref int rendered)
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
        Engine.RenderedFragment fragment;
        try
        {
            fragment = renderer.Render(ctx);
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
        var body = new RenderedBody(Interlocked.Increment(ref _bodyVersions), page, fragment.Fragment,
            string.Join("\n", ctx.HeadHtml), string.Join("\n", ctx.BodyEndHtml),
            new Dictionary<string, object?>(ctx.PageValues, StringComparer.Ordinal),
            ctx.Diagnostics.ToList(),
            ctx.FileDependencies.Order(StringComparer.Ordinal).Select(f => (f, FileStamp.Of(f))).ToArray(),
            ctx.UsesPageIndex ? keys.PageIndex : null) { KnownWordCount = fragment.WordCount };
        // A one-shot build (staticmath build) keeps nothing: the pages' HTML would only cost memory.
        if (keepBetweenBuilds) _bodies[page.SourcePath] = body;
        return body;
    }

    /// <summary>The page inside its layouts: kept when the body, the layouts, the site's page list and the neighbours are unchanged.</summary>
    public PageText? LayOut(Page page, RenderedBody body, LayoutEngine layouts, Dictionary<string, object?> siteModel,
        IReadOnlyDictionary<string, TagInfo> tagsBySlug, RenderKeys keys, (Page? Older, Page? Newer) neighbours,
        Dictionary<string, object?>? paginator, ref int laidOut)
    {
        var neighbourKey = NeighbourKey(neighbours);
        if (paginator is null && _laidOut.TryGetValue(page.SourcePath, out var kept) && ReferenceEquals(kept.Body, body)
            && kept.Layouts == keys.Layouts && kept.SiteModel == keys.SiteModel && kept.Neighbours == neighbourKey)
            return kept.Html;

        var pageModel = TemplateModels.Summary(page, tagsBySlug, body.Text);
        // Written from its pieces (the SVGs as the engine's UTF-8) unless a template reads it as a string.
        pageModel["content"] = new PageTextValue(body.Content.Pieces);
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
        var html = layouts.RenderPieces(layoutName, new LayoutModel(siteModel, pageModel, body.Content.Pieces, paginator, ContentOutline: () => body.Outline), page.SourcePath, page.FrontMatterLine("layout"));
        Interlocked.Increment(ref laidOut);
        if (html is null)
        {
            _laidOut.TryRemove(page.SourcePath, out _);
            return null;
        }
        if (keepBetweenBuilds) _laidOut[page.SourcePath] = new LaidOutPage(body, keys.Layouts, keys.SiteModel, neighbourKey, html);
        return html;
    }

    /// <summary>What a page's layout shows of its neighbours (previous and next posts): their URLs and titles.</summary>
    public static string NeighbourKey((Page? Older, Page? Newer) neighbours) =>
        $"{neighbours.Older?.Url}\n{neighbours.Older?.Title}\n{neighbours.Newer?.Url}\n{neighbours.Newer?.Title}";

    /// <summary>A version for a body not rendered by <see cref="RenderBody"/> (one taken from the last build's output).</summary>
    public long NextBodyVersion() => Interlocked.Increment(ref _bodyVersions);

    /// <summary>Forgets a page's laid-out HTML (the content home page: its paginator is part of it).</summary>
    public void ForgetLayOut(Page page) => _laidOut.TryRemove(page.SourcePath, out _);

    /// <summary>A generated file's text, made again only when its key changed; null when making it failed (reported).</summary>
    public string? Generated(string path, string key, Func<string?> make, ref int made)
    {
        if (_generated.TryGetValue(path, out var kept) && kept.Key == key) return kept.Html;
        made++;
        var text = make();
        if (text is null) _generated.Remove(path);
        else _generated[path] = (key, text);
        return text;
    }

    /// <summary>
    /// A post's feed entry HTML (null: a link only) with the warnings making it gave: made once per body, for the site's
    /// feed and every tag feed listing the post, and kept across builds while the post's body is the same (the same
    /// version: a one-shot build lets the fragment go once the entry is made).
    /// </summary>
    public FeedEntry FeedEntryOf(Page post, RenderedBody body, Func<FeedEntry> make, ref int made)
    {
        if (_feedEntries.TryGetValue(post.SourcePath, out var kept) && kept.Body.Version == body.Version) return kept;
        if (!body.HasFragment) return new FeedEntry(body, null, []);
        Interlocked.Increment(ref made);
        var entry = make();
        _feedEntries[post.SourcePath] = entry;
        return entry;
    }

    /// <summary>A post's feed entry as an earlier build made it from the same body (its file was taken from that build).</summary>
    public void KeepFeedEntry(Page post, FeedEntry entry) => _feedEntries[post.SourcePath] = entry;

    /// <summary>A post's drawn social card: drawn again only when its title or its body (the first equation) changed.</summary>
    public byte[] SocialCardOf(Page post, RenderedBody body, Func<byte[]> draw, ref int made)
    {
        if (_cards.TryGetValue(post.SourcePath, out var kept) && kept.Body.Version == body.Version && kept.Title == post.Title) return kept.Png;
        made++;
        var png = draw();
        if (keepBetweenBuilds) _cards[post.SourcePath] = (body, post.Title, png);
        return png;
    }

    /// <summary>
    /// A post as lists show it (title, date, excerpt from its body): its model, kept while its body and the site's
    /// page list are, and a version that changes only when what lists show of its body (excerpt, reading time, or
    /// word count when <paramref name="showsWordCount"/>) does, so a list's key does not change with every edit.
    /// </summary>
    public PostListing ListingOf(Page post, RenderedBody? body, IReadOnlyDictionary<string, TagInfo> tagsBySlug, RenderKeys keys, bool showsWordCount)
    {
        var previous = _listings.GetValueOrDefault(post.SourcePath);
        if (body is not null && previous is not null && ReferenceEquals(previous.Body, body) && previous.SiteModel == keys.SiteModel
            && previous.ShowsWordCount == showsWordCount)
            return previous;
        var text = body?.Text;
        var shown = text is null ? "" : $"{(showsWordCount ? text.WordCount : TemplateModels.ReadingTime(text.WordCount))}\n{text.Excerpt}";
        var version = previous is not null && previous.HasText == text is not null && previous.Shown == shown ? previous.Version : ++_listingVersions;
        var listing = new PostListing(body, keys.SiteModel, showsWordCount, text is not null, shown, version, TemplateModels.Summary(post, tagsBySlug, text));
        _listings[post.SourcePath] = listing;
        return listing;
    }

    /// <summary><c>site.posts/pages/tags</c>: made of front matter only, so the same while no page's front matter changed.</summary>
    public Dictionary<string, object?> SiteModel(string key, Func<Dictionary<string, object?>> make)
    {
        if (_siteModel is not { } kept || kept.Key != key) _siteModel = kept = (key, make());
        return kept.Model;
    }

    /// <summary>Saves and closes the kept services (the configuration changed, or the session ends).</summary>
    public void CloseServices()
    {
        if (_services is null) return;
        _services.Dispose();
        _servicesCreatedBefore += _services.Created;
        _deferredDoneBefore += _services.DeferredDone;
        _services = null;
    }

    private static string DefaultLayout(Page page) =>
        page.Url == "/" ? "home" : page.OutputPath == "404.html" ? "404" : page.IsPost ? "post" : "page";

    private sealed record RegisteredFeatures(LiquidRegistry Liquid, PageRenderer Renderer, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record FolderFiles(IReadOnlyList<string> Files, IReadOnlySet<string> Set, IReadOnlyList<Diagnostic> Diagnostics);

    private sealed record LoadedPage(FileStamp Stamp, Page? Page, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>A post's feed entry as made from one rendered body.</summary>
    public sealed record FeedEntry(RenderedBody Body, string? Html, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>A post as lists show it; <see cref="Version"/> changes with <see cref="Shown"/> (what lists show of its body).</summary>
    internal sealed record PostListing(RenderedBody? Body, string SiteModel, bool ShowsWordCount, bool HasText, string Shown, long Version,
        Dictionary<string, object?> Model);

    private sealed record LaidOutPage(RenderedBody Body, string Layouts, string SiteModel, string Neighbours, PageText Html);
}
