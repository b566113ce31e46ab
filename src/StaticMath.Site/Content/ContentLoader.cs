using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using StaticMath.Site.Configuration;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Content;

/// <summary>
/// Loads <c>content/</c>: every <c>*.md</c>/<c>*.markdown</c>/<c>*.qmd</c> becomes a <see cref="Page"/> (front matter read, URL
/// computed), every other file under <c>content/</c> and <c>static/</c> a <see cref="StaticFile"/>. Dot-files and
/// dot-folders are ignored (<c>.git</c>, <c>.DS_Store</c>…) except <c>.well-known</c> and the names listed in <c>include:</c>, and so are folders starting with '_' for copying (Jekyll's convention). A file that cannot be used is
/// reported and skipped; the rest still load.
/// </summary>
public sealed class ContentLoader
{
    public const string ContentFolder = "content";
    public const string StaticFolder = "static";

    private static readonly HashSet<string> PostFolders = new(StringComparer.OrdinalIgnoreCase) { "posts", "_posts", "blog", "_drafts" };
    private static readonly HashSet<string> PostLayouts = new(StringComparer.OrdinalIgnoreCase) { "post", "distill" };

    private readonly SiteConfig _config;
    private readonly BuildOptions _options;
    private readonly DiagnosticBag _diagnostics;
    private readonly string _siteDirectory;
    private readonly SiteFileWalker _walker;

    public ContentLoader(SiteConfig config, BuildOptions options, DiagnosticBag diagnostics)
    {
        _config = config;
        _options = options;
        _diagnostics = diagnostics;
        _siteDirectory = Path.GetFullPath(options.SourceDirectory);
        _walker = new SiteFileWalker(_siteDirectory, diagnostics);
    }

    /// <summary>Replaces <see cref="LoadPage"/> in <see cref="Load"/>, e.g. with a cache keyed by file stamps (serve); called
    /// from several threads at once.</summary>
    public Func<string, string, string, Page?>? PageLoader { get; init; }

    /// <summary>
    /// Replaces the walk of <c>content/</c> and <c>static/</c> (folder, names to skip → files in ordinal order, as
    /// <see cref="SiteFileWalker"/> gives them), e.g. with the last build's list while no file was added or removed (serve).
    /// </summary>
    public Func<string, Func<string, bool>, IReadOnlyList<string>>? FileLister { get; init; }

    public SiteContent Load()
    {
        var pages = new List<Page>();
        var files = new List<StaticFile>();
        int drafts = 0, future = 0;
        var now = BuildClock.Now(_options);

        var contentRoot = Path.Combine(_siteDirectory, ContentFolder);
        var allowedHidden = HiddenNamesToCopy(_config);
        var found = Enumerate(contentRoot, allowedHidden).ToList();
        var loaded = LoadPages(found, contentRoot);
        for (var i = 0; i < found.Count; i++)
        {
            var full = found[i];
            var contentPath = ContentPathOf(contentRoot, full);
            var sourcePath = ContentFolder + "/" + contentPath;
            if (IsMarkdown(full))
            {
                var page = loaded[i];
                if (page is null) continue;
                if (page.Draft && !_options.IncludeDrafts) { drafts++; continue; }
                if (page.Date is { } date && date.Value > now && !_options.IncludeFuture) { future++; continue; }
                pages.Add(page);
            }
            else if (!HasUnderscoreFolder(contentPath))
            {
                files.Add(new StaticFile(sourcePath, full, contentPath));
            }
        }

        var staticRoot = Path.Combine(_siteDirectory, StaticFolder);
        foreach (var full in Enumerate(staticRoot, allowedHidden))
        {
            var relative = Path.GetRelativePath(staticRoot, full).Replace('\\', '/');
            files.Add(new StaticFile(StaticFolder + "/" + relative, full, relative));
        }
        return new SiteContent(pages, files, drafts, future);
    }

    /// <summary>
    /// The pages of the Markdown files among <paramref name="found"/>, at their indexes, read on all cores: reading and
    /// parsing a thousand posts' front matter was most of the build's start, on one core. Problems go to the build's
    /// bag, which keeps no order of its own (diagnostics are reported sorted).
    /// </summary>
    private Page?[] LoadPages(List<string> found, string contentRoot)
    {
        var pages = new Page?[found.Count];
        // In ranges: a page serve already holds costs less than handing it to a thread.
        try
        {
            Parallel.ForEach(Partitioner.Create(0, found.Count, PagesPerRange), ReadRange);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // What reading one page threw, as a sequential read would have thrown it.
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        return pages;

        void ReadRange(Tuple<int, int> range)
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var full = found[i];
                if (!IsMarkdown(full)) continue;
                var contentPath = ContentPathOf(contentRoot, full);
                var sourcePath = ContentFolder + "/" + contentPath;
                pages[i] = PageLoader is { } loader ? loader(full, sourcePath, contentPath) : LoadPage(full, sourcePath, contentPath);
            }
        }
    }

    private const int PagesPerRange = 32;

    private static string ContentPathOf(string contentRoot, string full) => Path.GetRelativePath(contentRoot, full).Replace('\\', '/');

    /// <summary>Markdown sources: <c>.md</c>, <c>.markdown</c> and Quarto's <c>.qmd</c> (Markdown with YAML front matter
    /// and the same math), which must never be copied raw into the output.</summary>
    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".qmd", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads and interprets one Markdown file; null (with an error reported) when it cannot be used.</summary>
    public Page? LoadPage(string fullPath, string sourcePath, string contentPath)
    {
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _diagnostics.Error(DiagnosticCodes.CannotReadFile, sourcePath, 0, 0, $"cannot read file: {e.Message}");
            return null;
        }
        return Interpret(FrontMatterParser.Parse(text), sourcePath, contentPath);
    }

    internal Page? Interpret(FrontMatter fm, string sourcePath, string contentPath)
    {
        if (fm.Error is { } error)
        {
            _diagnostics.Error(DiagnosticCodes.FrontMatterError, sourcePath, error.Line, error.Column, error.Message);
            return null;
        }
        foreach (var warning in fm.Warnings)
            _diagnostics.Warning(DiagnosticCodes.FrontMatterWarning, sourcePath, warning.Line, warning.Column, warning.Message);
        var values = fm.Values;
        var fileName = Path.GetFileName(contentPath);
        var stem = StripMarkdownExtension(fileName);
        var folder = contentPath.Contains('/') ? contentPath[..contentPath.LastIndexOf('/')] : "";
        var section = folder.Split('/')[0];
        var hasJekyllName = JekyllFileName.TryParse(stem, out var fileDate, out var fileSlug);

        var layout = Text(values, "layout");
        var inDraftsFolder = folder.Split('/').Any(s => s.Equals("_drafts", StringComparison.OrdinalIgnoreCase));
        var kind = hasJekyllName || folder.Split('/').Any(PostFolders.Contains) || (layout is not null && PostLayouts.Contains(layout))
            ? PageKind.Post
            : PageKind.Page;

        var date = ReadDate(values, fm, sourcePath, "date");
        if (date is null && hasJekyllName) date = new PostDate(fileDate, false);
        var lastModified = ReadDate(values, fm, sourcePath, "last_modified_at") ?? ReadDate(values, fm, sourcePath, "lastmod") ?? ReadDate(values, fm, sourcePath, "updated");

        var isIndex = stem.Equals("index", StringComparison.OrdinalIgnoreCase) || stem.Equals("_index", StringComparison.OrdinalIgnoreCase);
        var defaultSlugSource = hasJekyllName ? fileSlug : isIndex ? (folder.Length > 0 ? folder.Split('/')[^1] : "index") : stem;
        var slug = Slug.From(Text(values, "slug") ?? defaultSlugSource);
        if (slug.Length == 0) slug = Slug.From(stem).Length > 0 ? Slug.From(stem) : "page";

        var url = ComputeUrl(values, fm, sourcePath, kind, slug, date, section, folder, stem, isIndex, StringList(values, "categories"));
        if (url is null) return null;

        var title = Text(values, "title") ?? FirstHeading(fm.Body) ?? (hasJekyllName ? Humanize(fileSlug) : Humanize(isIndex && folder.Length > 0 ? folder.Split('/')[^1] : stem));

        var outputPath = Permalinks.OutputPathFor(url);
        if (!Permalinks.IsSafeOutputPath(outputPath))
        {
            _diagnostics.Error(DiagnosticCodes.UrlOutsideOutput, sourcePath, fm.KeyLines.TryGetValue("permalink", out var permalinkLine) ? permalinkLine : 1, 1,
                $"the URL '{url}' would put the page outside the output folder ('..', '\\' or a drive in the path); the page is skipped");
            return null;
        }
        return new Page
        {
            SourcePath = sourcePath,
            ContentPath = contentPath,
            Kind = kind,
            Title = title,
            Date = date,
            LastModified = lastModified,
            Description = Text(values, "description") ?? Text(values, "summary") ?? "",
            Tags = Capped(StringList(values, "tags"), "tags", fm, sourcePath),
            Categories = Capped(StringList(values, "categories"), "categories", fm, sourcePath),
            Authors = Authors(values),
            Layout = layout,
            Draft = inDraftsFolder || values.TryGetValue("draft", out var d) && d is true || values.TryGetValue("published", out var pub) && pub is false,
            Slug = slug,
            Toc = values.TryGetValue("toc", out var toc) ? toc : QuartoFormat.HtmlOption(values, "toc"),
            Url = url,
            OutputPath = outputPath,
            FrontMatter = values,
            FrontMatterLines = fm.KeyLines,
            Body = fm.Body,
            BodyLineOffset = fm.BodyLineOffset,
        };
    }

    private string? ComputeUrl(IReadOnlyDictionary<string, object?> values, FrontMatter fm, string sourcePath, PageKind kind, string slug,
        PostDate? date, string section, string folder, string stem, bool isIndex, IReadOnlyList<string> categories)
    {
        string? explicitUrl = null;
        string? key = null;
        foreach (var candidate in new[] { "permalink", "url" })
        {
            if (Text(values, candidate) is { Length: > 0 } v)
            {
                explicitUrl = v;
                key = candidate;
                break;
            }
        }

        var pagePath = isIndex ? folder : (folder.Length > 0 ? folder + "/" : "") + stem;
        var tokens = new Permalinks.Tokens(slug, date?.Value, section, pagePath, categories);
        string url;
        if (explicitUrl is not null)
        {
            url = Permalinks.Expand(explicitUrl, tokens);
        }
        else if (kind == PageKind.Post)
        {
            url = Permalinks.Expand(_config.Permalinks.Posts, tokens);
        }
        else if (!isIndex && folder.Length == 0 && stem == "404")
        {
            url = "/404.html";
        }
        else
        {
            url = Permalinks.Expand(_config.Permalinks.Pages, tokens);
        }

        if (!Permalinks.IsSafe(url))
        {
            var line = key is null ? 1 : fm.LineOf(key);
            _diagnostics.Error(DiagnosticCodes.InvalidUrl, sourcePath, line, 1, $"invalid URL '{url}' (no '.' or '..' segments or characters like ?#:*\"<>|)");
            return null;
        }
        return url;
    }

    private PostDate? ReadDate(IReadOnlyDictionary<string, object?> values, FrontMatter fm, string sourcePath, string key)
    {
        if (!values.TryGetValue(key, out var raw) || raw is null) return null;
        var text = Convert.ToString(raw, System.Globalization.CultureInfo.InvariantCulture);
        if (RelativeDate(text) is { } relative) return relative;
        var reading = DateReader.Read(text);
        if (reading.Warning is not null)
            _diagnostics.Warning(reading.Date is null ? DiagnosticCodes.UnreadableDate : DiagnosticCodes.AmbiguousDate, sourcePath, fm.LineOf(key), 1, $"{key}: {reading.Warning}");
        return reading.Date;
    }

    /// <summary>
    /// Quarto's <c>date: today</c> (the build's date, no time) and <c>date: now</c> (the build's time), in the site's
    /// time zone. The build's "now" is fixed per build (<see cref="BuildClock"/>, honouring <c>SOURCE_DATE_EPOCH</c>),
    /// so every page agrees and a reproducible build gets the same dates.
    /// </summary>
    private PostDate? RelativeDate(string? text)
    {
        var word = text?.Trim();
        var isToday = string.Equals(word, "today", StringComparison.OrdinalIgnoreCase);
        if (!isToday && !string.Equals(word, "now", StringComparison.OrdinalIgnoreCase)) return null;
        var zone = BuildClock.ZoneOf(_config.Timezone);
        var local = TimeZoneInfo.ConvertTime(BuildClock.Now(_options), zone);
        if (!isToday) return new PostDate(local, true);
        // Midnight in the site's zone: never "in the future" for the same build.
        return new PostDate(new DateTimeOffset(local.Date, zone.GetUtcOffset(local.Date)), false);
    }

    private static IReadOnlyList<IReadOnlyDictionary<string, object?>> Authors(IReadOnlyDictionary<string, object?> values)
    {
        var raw = values.TryGetValue("authors", out var a) && a is not null ? a : values.TryGetValue("author", out var single) ? single : null;
        var result = new List<IReadOnlyDictionary<string, object?>>();
        switch (raw)
        {
            case string s:
                foreach (var name in s.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    result.Add(new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = name });
                break;
            case Dictionary<string, object?> map:
                result.Add(NormalizeAuthor(map));
                break;
            case List<object?> list:
                foreach (var item in list)
                {
                    if (item is Dictionary<string, object?> m) result.Add(NormalizeAuthor(m));
                    else if (item is not null) result.Add(new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = Convert.ToString(item, System.Globalization.CultureInfo.InvariantCulture) });
                }
                break;
        }
        return result;
    }

    /// <summary>al-folio writes <c>affiliations: {name: ...}</c> as one map; templates get a list either way.</summary>
    private static Dictionary<string, object?> NormalizeAuthor(Dictionary<string, object?> map)
    {
        var copy = new Dictionary<string, object?>(map, StringComparer.Ordinal);
        if (!copy.ContainsKey("name")) copy["name"] = "";
        if (copy.TryGetValue("affiliations", out var aff) && aff is Dictionary<string, object?> one)
            copy["affiliations"] = new List<object?> { one };
        else if (copy.TryGetValue("affiliations", out aff) && aff is string s)
            copy["affiliations"] = new List<object?> { new Dictionary<string, object?>(StringComparer.Ordinal) { ["name"] = s } };
        else if (!copy.ContainsKey("affiliations"))
            copy["affiliations"] = new List<object?>();
        return copy;
    }

    internal static string? Text(IReadOnlyDictionary<string, object?> values, string key) =>
        values.TryGetValue(key, out var v) && v is not null and not List<object?> and not Dictionary<string, object?>
            ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)?.Trim()
            : null;

    /// <summary>A list of strings from a YAML list or a space/comma separated string (Jekyll accepts both).</summary>
    /// <summary>Tags and categories a page may have. Each is a generated page that lists the post with all of its
    /// tags, so the output grows with the square of the count: 3,000 tags on one post took more than 4 GB.</summary>
    public const int MaxTermsPerPage = 100;

    private IReadOnlyList<string> Capped(IReadOnlyList<string> terms, string key, FrontMatter fm, string sourcePath)
    {
        if (terms.Count <= MaxTermsPerPage) return terms;
        _diagnostics.Warning(DiagnosticCodes.TooManyTerms, sourcePath, fm.LineOf(key), 1,
            $"'{key}' has {terms.Count} entries; only the first {MaxTermsPerPage} are used");
        return terms.Take(MaxTermsPerPage).ToList();
    }

    internal static IReadOnlyList<string> StringList(IReadOnlyDictionary<string, object?> values, string key)
    {
        if (!values.TryGetValue(key, out var v) || v is null) return [];
        IEnumerable<string> items = v switch
        {
            List<object?> list => list.Where(x => x is not null and not Dictionary<string, object?>).Select(x => Convert.ToString(x, System.Globalization.CultureInfo.InvariantCulture)!),
            string s => s.Contains(',') ? s.Split(',') : s.Split(' '),
            _ => [Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!],
        };
        return items.Select(x => x.Trim()).Where(x => x.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string? FirstHeading(string body)
    {
        foreach (var line in body.Split('\n'))
        {
            if (line.StartsWith("# ", StringComparison.Ordinal)) return line[2..].Trim().TrimEnd('#').Trim();
        }
        return null;
    }

    private static string Humanize(string slug)
    {
        var words = slug.Replace('_', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? slug : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static string StripMarkdownExtension(string fileName) =>
        fileName.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase) ? fileName[..^9] : Path.GetFileNameWithoutExtension(fileName);

    private static bool HasUnderscoreFolder(string relativePath) =>
        relativePath.Split('/').SkipLast(1).Any(s => s.StartsWith('_'));

    /// <summary>Hidden names that are still published: <c>.well-known</c> (RFC 8615) plus the site's <c>include:</c> list.</summary>
    private static HashSet<string> HiddenNamesToCopy(SiteConfig config)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { ".well-known" };
        foreach (var name in config.Include)
        {
            var trimmed = (name ?? "").Trim().Trim('/');
            // Version control and our own cache are never published, whatever the configuration says.
            if (trimmed.Length > 0 && trimmed is not (".git" or ".staticmath")) names.Add(trimmed);
        }
        return names;
    }

    /// <summary>Files under a folder in ordinal path order, skipping dot-files and dot-folders not explicitly allowed.</summary>
    private IEnumerable<string> Enumerate(string root, IReadOnlySet<string> allowedHidden)
    {
        bool Skip(string name) => name.StartsWith('.') && !allowedHidden.Contains(name);
        return FileLister is { } list ? list(root, Skip) : _walker.Files(root, Skip);
    }
}
