using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using StaticMath.Site.Configuration;
using StaticMath.Site.Content;
using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Liquid;
using StaticMath.Site.Output;

namespace StaticMath.Site.Build;

/// <summary>
/// Lets <c>staticmath build</c> keep a page's file from the last build into the same output folder when nothing it
/// was made from changed (as Jekyll's incremental regeneration, with every input in the key): the page's own file,
/// every file its render read or looked for (includes, bibliographies, images), the configuration, the theme's and
/// the site's layouts and includes, the site's page list and front matter (lists, links, neighbours), the build of the
/// tool, the build options and the build date (a layout's <c>now</c> is current to the day; exact under
/// <c>SOURCE_DATE_EPOCH</c>). The file is taken only while it is still the one that build wrote (same length and
/// time). The records live in <see cref="PageRecordStore"/>, replaced after each committed build; a post among the
/// newest of a feed keeps its feed entry there too. Pages whose whole fragment a later phase reads (search, social
/// cards) and generated lists are always made again.
/// <c>--no-cache</c> and <c>serve</c> (which keeps pages in memory) do not use it. Thread-safe: pages are built in parallel.
/// </summary>
internal sealed class PageReuse : IDisposable
{
    /// <summary>Past this many theme and include files, stamping them on every build would cost more than it saves.</summary>
    private const int MaxStampedFiles = 10_000;

    private readonly PageRecordStore _store;
    private readonly string _outputDirectory;
    private readonly string _buildKey;
    private readonly Dictionary<string, PageRecord> _previous;
    private readonly ConcurrentDictionary<string, Written> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Diagnostic, byte> _recordedProblems = new();
    private bool _unrecordedProblems;
    private int _reused;

    private PageReuse(PageRecordStore store, string outputDirectory, string buildKey, Dictionary<string, PageRecord> previous)
    {
        _store = store;
        _outputDirectory = outputDirectory;
        _buildKey = buildKey;
        _previous = previous;
    }

    /// <summary>Pages whose file was taken from the last build.</summary>
    public int Reused => Volatile.Read(ref _reused);

    /// <summary>Whether pages may be kept: the last build into this output folder left records, and the folder is there
    /// (a new checkout in CI may bring the records back with the cache, but not the output).</summary>
    public bool MayKeepPages => _previous.Count > 0 && Directory.Exists(_outputDirectory);

    /// <summary>
    /// The records of the last build into <paramref name="outputDirectory"/>, or null when this build cannot use them
    /// (<c>--no-cache</c>, a session that keeps pages itself, <c>.staticmath</c> not a folder of the site, a theme
    /// too large to stamp); a damaged store is reported and replaced.
    /// </summary>
    public static PageReuse? Start(BuildOptions options, bool sessionKeepsPages, string siteDirectory, string outputDirectory,
        ThemeFiles theme, RenderKeys keys, DiagnosticBag diagnostics)
    {
        if (sessionKeepsPages || options.NoCache) return null;
        if (SiteBoundary.Escape(Path.Combine(siteDirectory, ".staticmath"), siteDirectory) is not null) return null;
        if (TemplateFilesKey(siteDirectory, theme) is not { } templateFiles) return null;
        var path = PageRecordStore.PathFor(siteDirectory);
        try
        {
            var store = PageRecordStore.Open(path, out var problem);
            Dictionary<string, PageRecord> previous;
            try
            {
                // Records name files in the output folder: without the folder (a CI runner's fresh checkout with the
                // store restored) none can be kept, and reading them was a fifth of a second before any page started.
                previous = Directory.Exists(outputDirectory) ? store.Load(outputDirectory) : [];
            }
            catch (SqliteException e)
            {
                store.Dispose();
                problem ??= e.Message;
                PageRecordStore.Delete(path);
                store = PageRecordStore.Open(path, out _);
                previous = [];
            }
            if (problem is not null)
                diagnostics.Warning(DiagnosticCodes.PageRecordsDamaged, PageRecordStore.DisplayPath, 0, 0,
                    $"the records of the last build's pages are damaged ({problem}); every page is made again and the records rebuilt");
            return new PageReuse(store, outputDirectory, BuildKey(options, siteDirectory, keys, templateFiles), previous);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            // A read-only .staticmath: every page is made, as with --no-cache.
            return null;
        }
    }

    /// <summary>The key of everything the page's file is made from, apart from the files its render used (checked one by one).</summary>
    public string KeyOf(Page page, (Page? Older, Page? Newer) neighbours) =>
        Hash(_buildKey, page.SourcePath, page.ContentPath, page.Url, page.OutputPath,
            page.BodyLineOffset.ToString(CultureInfo.InvariantCulture), SiteFingerprint.OfPage(page),
            Convert.ToHexString(XxHash128.Hash(MemoryMarshal.AsBytes(page.Body.AsSpan()))),
            KeptOutputs.NeighbourKey(neighbours));

    /// <summary>
    /// Keeps the page's file from the last build in <paramref name="output"/> (a hard link, else a copy) when its record has this key, every
    /// file its render used is unchanged and the file is still the one written; returns the page's body as later
    /// phases read it (text, problems; no fragment), or null when the page must be made.
    /// </summary>
    /// <param name="needsFeedEntry">The post is among the newest of a feed: taken only with the entry it had.</param>
    public (RenderedBody Body, PageRecord.FeedEntry? Feed)? TryReuse(Page page, string key, bool needsFeedEntry, ISiteOutput output, long version)
    {
        if (!_previous.TryGetValue(page.SourcePath, out var record) || record.Key != key || record.OutputPath != page.OutputPath) return null;
        if (needsFeedEntry && record.Feed is null) return null;
        if (!record.Files.All(f => f.Stamp.IsCurrent(f.Path))) return null;
        var previousFile = Path.Combine(_outputDirectory, page.OutputPath);
        var info = new FileInfo(previousFile);
        if (!info.Exists || info.Length != record.OutputLength || info.LastWriteTimeUtc.Ticks != record.OutputWriteTicks) return null;
        try
        {
            output.KeepFile(page.OutputPath, previousFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        Interlocked.Increment(ref _reused);
        return (RenderedBody.Kept(version, page, new RenderedText(record.WordCount, record.Excerpt), record.Diagnostics,
            record.Files.Select(f => (f.Path, f.Stamp)).ToArray()), record.Feed);
    }

    /// <summary>
    /// Remembers a page written by this build (made or reused), to record once the output is committed when it has a
    /// <paramref name="key"/> (null: a page always made again), and the problems its render reported.
    /// </summary>
    public void Wrote(Page page, string? key, RenderedBody body, PageRecord.FeedEntry? feed)
    {
        if (key is not null) _written[page.SourcePath] = new Written(page.OutputPath, key, body.Text, body.Diagnostics, body.Files, feed);
        foreach (var problem in body.Diagnostics) _recordedProblems.TryAdd(problem, 0);
    }

    /// <summary>
    /// Problems reported while the pages were built: one that is not a page's own (a layout's) would not be reported
    /// again by a build that keeps the page, so this build records no page.
    /// </summary>
    public void PagePhaseReported(IEnumerable<Diagnostic> problems)
    {
        if (problems.Any(p => !_recordedProblems.ContainsKey(p))) _unrecordedProblems = true;
    }

    /// <summary>
    /// Records the pages this build wrote, as they now are in the committed output folder; a build that did not
    /// commit leaves the last records (they describe the output still there). Failing to save costs the next build
    /// time only.
    /// </summary>
    public void Save(bool committed)
    {
        if (!committed) return;
        try
        {
            _store.Replace(_outputDirectory, _unrecordedProblems ? [] : Records());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
        }
    }

    public void Dispose() => _store.Dispose();

    private IEnumerable<(string Source, PageRecord Record)> Records()
    {
        foreach (var (source, page) in _written)
        {
            var file = new FileInfo(Path.Combine(_outputDirectory, page.OutputPath));
            if (!file.Exists) continue;
            yield return (source, new PageRecord(page.Key, page.OutputPath, file.Length, file.LastWriteTimeUtc.Ticks,
                page.Text.WordCount, page.Text.Excerpt, page.Diagnostics, page.Files.Select(f => new PageRecord.File(f.Path, f.Stamp)).ToList(), page.Feed));
        }
    }

    private static string BuildKey(BuildOptions options, string siteDirectory, RenderKeys keys, string templateFiles)
    {
        var clock = options.Now ?? BuildClock.FromSourceDateEpoch(Environment.GetEnvironmentVariable(BuildClock.SourceDateEpochVariable));
        return Hash(
            Markdown.Extensions.Math.MathCache.ToolBuildStamp,
            ModuleOf(typeof(Markdig.Markdown)), ModuleOf(typeof(Fluid.FluidParser)), System.Reflection.Assembly.GetEntryAssembly()?.ManifestModule.ModuleVersionId.ToString("N") ?? "",
            options.Tool is null ? "" : JsonSerializer.Serialize(options.Tool, BuildJson.Default.ToolInfo),
            string.Join("|", SiteRoot.ConfigFileNames.Select(n => FileStamp.WithContentOf(Path.Combine(siteDirectory, n)).ContentHash ?? "missing")),
            $"{options.IncludeDrafts}|{options.IncludeFuture}|{options.BaseUrl}|{options.ForPublishing}|{options.MaxPageMathChars}",
            clock?.ToString("O", CultureInfo.InvariantCulture) ?? "day " + DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            keys.Layouts, keys.SiteModel, keys.PageIndex, templateFiles);
    }

    private static string ModuleOf(Type type) => type.Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// Every file of the theme's folders and the site's include folders, with its length and time: layouts, includes,
    /// translations and assets. Null when a folder is the site itself (a theme named <c>.</c>) or they hold too many files.
    /// </summary>
    private static string? TemplateFilesKey(string siteDirectory, ThemeFiles theme)
    {
        var site = Path.GetFullPath(siteDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var lines = new List<string>();
        foreach (var folder in theme.Folders.Concat(LiquidPageInput.SiteIncludeDirectories(siteDirectory)).Distinct(StringComparer.Ordinal))
        {
            var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
            if (site.StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal) || site == full) return null;
            lines.Add("folder\t" + full);
            if (!Directory.Exists(full)) continue;
            foreach (var file in new DirectoryInfo(full).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 }))
            {
                if (lines.Count > MaxStampedFiles) return null;
                lines.Add(file.FullName + "\t" + FileStamp.Of(file.FullName));
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return Hash([.. lines]);
    }

    private static string Hash(params string[] parts)
    {
        var hash = new XxHash128();
        foreach (var part in parts)
        {
            hash.Append(Encoding.UTF8.GetBytes(part));
            hash.Append([0]);
        }
        return Convert.ToHexString(hash.GetCurrentHash());
    }

    private sealed record Written(string OutputPath, string Key, RenderedText Text, IReadOnlyList<Diagnostic> Diagnostics,
        IReadOnlyList<(string Path, FileStamp Stamp)> Files, PageRecord.FeedEntry? Feed);
}
