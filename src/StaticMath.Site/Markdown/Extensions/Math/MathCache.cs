using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using Microsoft.Data.Sqlite;
using StaticMath.Math;
using StaticMath.Site.Core;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Typeset equations kept between builds in one file (<see cref="MathCacheStore"/>), so a rebuild only typesets new or
/// changed equations. One instance per build, used by all page threads: the store is opened on the first look-up, read
/// a page at a time (<see cref="ReadMany"/>: all of a page's equations are known before it renders), and everything
/// typeset during the build is written by <see cref="Save"/> in one transaction at its end, with the use marks of
/// what was read. A damaged store is reported once (<c>SM2050</c>) and rebuilt; a damaged entry is a miss. Neither is
/// ever served as SVG.
/// </summary>
public sealed class MathCache : IDisposable
{
    /// <summary>The <c>--verbose</c> phases of the store's work: its reads are spread over the page workers (so, like the
    /// other <c>page:</c> lines, summed worker time), opening and saving happen once.</summary>
    public const string OpenPhase = "math cache: open";
    public const string ReadPhase = "page: math cache reads";
    public const string SavePhase = "math cache: save (one transaction)";
    public const string PreparePhase = "math cache: open and read its key index (in the background)";

    /// <summary>The default of <c>math.cacheSize</c>.</summary>
    public const long DefaultSizeLimit = 256L << 20;

    /// <summary>A read entry is marked as used again only when its mark is older than this: a warm build then rewrites
    /// nothing, and least-recently-used order is kept to within the hour.</summary>
    private static readonly TimeSpan UseMarkResolution = TimeSpan.FromHours(1);

    private readonly long _sizeLimit;
    private readonly TimeProvider _clock;
    private readonly Lazy<MathCacheStore?> _store;
    // Set per build when a session keeps the cache open across builds (see StartBuild).
    private Action<string> _warn;
    private BuildPhases? _phases;
    // The new store made by a save that found the file damaged (the first one is closed then).
    private MathCacheStore? _rebuiltStore;
    // Only the encoded entries are kept until Save: holding every typeset MathResult of a 1,000-post build took 4 GB.
    // New entries with the order they are saved in: by page (its batch), then as typeset.
    // Sized for a large build from the start: growing the table locks every stripe while it rehashes.
    private readonly ConcurrentDictionary<string, (ReadOnlyMemory<byte> Entry, long Batch, long Sequence)> _added =
        new(Environment.ProcessorCount * 8, 1 << 16, StringComparer.Ordinal);
    // The new entries of the page each worker thread is on, moved into _added under one lock when the thread starts its
    // next page or the build saves: adding to the shared table entry by entry made the workers spin on its locks (~7 %
    // of a cold build's worker CPU). A page's own repeats are found in its read entries (see PageMath).
    private readonly ThreadLocal<Dictionary<string, (ReadOnlyMemory<byte> Entry, long Batch, long Sequence)>> _threadEntries =
        new(() => new Dictionary<string, (ReadOnlyMemory<byte> Entry, long Batch, long Sequence)>(StringComparer.Ordinal), trackAllValues: true);
    private readonly object _publishGate = new();
    private long _batches;
    private long _sequence;
    // Bytes held in _added (entries and keys): a build adds no more than the store may keep, since the save would
    // evict the excess at once; without the bound a 10,000-post cold build held gigabytes of entries until its end.
    private long _addedBytes;
    private readonly ConcurrentDictionary<string, byte> _used = new(Environment.ProcessorCount * 8, 1 << 12, StringComparer.Ordinal);
    private long _lookups;
    private long _hits;
    private int _warned;
    private int _damaged;
    private Task _prepared = Task.CompletedTask;

    /// <param name="storePath">The store file (<see cref="StorePathFor"/>).</param>
    /// <param name="sizeLimit">Bytes the store may take (<c>math.cacheSize</c>); least recently used entries go first.</param>
    /// <param name="warn">Reports a damaged store (called at most once per build).</param>
    /// <param name="phases">Where the time spent opening, reading and saving the store is reported.</param>
    public MathCache(string storePath, long sizeLimit, Action<string> warn, TimeProvider? clock = null, BuildPhases? phases = null)
    {
        StorePath = storePath;
        _sizeLimit = sizeLimit;
        _warn = warn;
        _clock = clock ?? TimeProvider.System;
        _phases = phases;
        _store = new Lazy<MathCacheStore?>(OpenStore, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string StorePath { get; }

    /// <summary>The store's path relative to the site folder, as diagnostics name it.</summary>
    public const string StoreDisplayPath = ".staticmath/math-cache.db";

    /// <summary>Where a site keeps its math cache.</summary>
    public static string StorePathFor(string siteDirectory) => MathCacheStore.PathFor(siteDirectory);

    /// <summary>
    /// The build of the tool an entry depends on: the engine's (the SVG) and this assembly's, which writes the SVG's final
    /// HTML form (<see cref="EngineSvgHtml"/>) kept in the entry. Both are module version ids of deterministic builds,
    /// so they change with any change to the code and never without one.
    /// </summary>
    internal static string ToolBuildStamp { get; } =
        MathEngineInfo.BuildStamp + "+" + typeof(MathCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary><see cref="ToolBuildStamp"/> as a number, stored with each entry (to tell other builds' entries apart).</summary>
    internal static long ToolBuild { get; } = (long)XxHash3.HashToUInt64(Encoding.UTF8.GetBytes(ToolBuildStamp));

    /// <summary>A key from the engine's cache key plus whatever else changes the output (lower-case hex XXH3-128, as the engine's: see <c>MathCacheKey</c>).</summary>
    public static string KeyFor(string engineKey, GlyphMode glyphMode, IEnumerable<KeyValuePair<string, string>> resolvedReferences)
    {
        // Hashed part by part (no string of the whole, no UTF-8 copy of it): the same key as hashing them joined.
        var key = Utf8KeyHash.ForThisThread().Append(engineKey).Append('\n').Append(glyphMode.ToString()).Append('\n').Append(ToolBuildStamp);
        IEnumerable<KeyValuePair<string, string>> ordered = resolvedReferences is ICollection<KeyValuePair<string, string>> { Count: 0 }
            ? []
            : resolvedReferences.OrderBy(p => p.Key, StringComparer.Ordinal);
        foreach (var (label, value) in ordered)
        {
            key.Append('\n').Append(label).Append('=').Append(value);
        }

        return key.ToHexAndReset();
    }

    /// <summary>
    /// Starts another build with this cache kept open (serve): its problems go to <paramref name="warn"/> (once per
    /// build), its time to <paramref name="phases"/>.
    /// </summary>
    public void StartBuild(Action<string> warn, BuildPhases? phases)
    {
        _warn = warn;
        _phases = phases;
        Interlocked.Exchange(ref _warned, 0);
    }

    /// <summary>
    /// Opens the store and reads its key index on another thread, when the file exists and this has not been done: the
    /// pages' first look-ups would otherwise do it while every page worker waits for it, and the build's setup before
    /// the pages leaves a core idle. For builds that will read many entries (the math feature asks when every page
    /// is made): one that keeps its pages reads few or none, and the index costs a tenth of a second of CPU.
    /// </summary>
    public void PrepareReads()
    {
        if (!_prepared.IsCompleted || !File.Exists(StorePath)) return;
        var phases = _phases;
        _prepared = Task.Run(() =>
        {
            var started = BuildPhases.Start();
            try
            {
                Store?.LoadRowIndex();
            }
            catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
            {
                // Damage its header did not show, or a file that cannot be read: the first look-up meets it again and
                // reports it (this thread must not fail the save that waits for it).
            }

            phases?.Stop(PreparePhase, started);
        });
    }

    /// <summary>Returns once the reading started by <see cref="PrepareReads"/> is done (its phase is then reported).</summary>
    public void WaitForPreparedReads() => _prepared.Wait();

    /// <summary>True when equations were typeset (or old entries used) since the last <see cref="Save"/>.</summary>
    public bool HasUnsaved => !_added.IsEmpty || !_used.IsEmpty || _threadEntries.Values.Any(entries => entries.Count > 0);

    private MathCacheStore? Store => _rebuiltStore ?? _store.Value;

    /// <summary>
    /// The stored entries of <paramref name="keys"/> (a page's equations), read in one pass on a connection of the
    /// calling thread's own: each key maps to its entry, or to null when the store has none (or a damaged one).
    /// Pass the answer to <see cref="TryGet"/>.
    /// </summary>
    public Dictionary<string, TypesetEquation?> ReadMany(IReadOnlyCollection<string> keys)
    {
        PublishThreadEntries();
        var entries = new Dictionary<string, TypesetEquation?>(keys.Count, StringComparer.Ordinal);
        if (keys.Count == 0 || Store is not { } store)
        {
            return entries;
        }

        var started = BuildPhases.Start();
        var now = _clock.GetUtcNow().ToUnixTimeSeconds();
        // In any order: the store reads by row, and sorting a page's keys was a twentieth of the reads' time.
        var ordered = keys.ToArray();
        foreach (var key in ordered)
        {
            entries[key] = null;
        }

        try
        {
            store.Read(ordered.Select(StoredKey).ToArray(), (index, value, used) =>
            {
                if (!MathCacheEntry.TryDecode(value, out var equation))
                {
                    return;
                }

                entries[ordered[index]] = equation;
                if (now - used >= UseMarkResolution.TotalSeconds)
                {
                    _used.TryAdd(ordered[index], 0);
                }
            });
        }
        catch (SqliteException e)
        {
            ReportDamage(e.Message);
        }

        _phases?.Stop(ReadPhase, started, ordered.Length);
        return entries;
    }

    /// <summary>The equation of <paramref name="key"/>: from <paramref name="read"/> (what <see cref="ReadMany"/> gave
    /// for the page), else typeset earlier in this build, else read from the store unless <paramref name="read"/>
    /// already asked it.</summary>
    public bool TryGet(string key, IReadOnlyDictionary<string, TypesetEquation?>? read, out TypesetEquation equation)
    {
        Interlocked.Increment(ref _lookups);
        TypesetEquation? found = null;
        if (read?.TryGetValue(key, out found) == true && found is not null
            || (_added.TryGetValue(key, out var added) || _threadEntries.Value!.TryGetValue(key, out added)) && MathCacheEntry.TryDecode(added.Entry.Span, out found)
            || read?.ContainsKey(key) != true && ReadMany([key]).TryGetValue(key, out found) && found is not null)
        {
            Interlocked.Increment(ref _hits);
            equation = found!;
            return true;
        }

        equation = null!;
        return false;
    }

    /// <summary>A batch number for one page's <see cref="Put"/>s: a page's entries are saved next to each other, so a
    /// later build reads them from a few places in the file.</summary>
    public long NewBatch()
    {
        PublishThreadEntries();
        return Interlocked.Increment(ref _batches);
    }

    /// <summary>Keeps <paramref name="equation"/> for the save, unless this build's new entries already fill the size
    /// bound (the equation is then typeset again by a later build, like an evicted one).</summary>
    /// <param name="batch">The page's (<see cref="NewBatch"/>).</param>
    public void Put(string key, TypesetEquation equation, long batch = 0)
    {
        if (Interlocked.Read(ref _addedBytes) >= _sizeLimit) return;
        var own = _threadEntries.Value!;
        if (own.ContainsKey(key) || _added.ContainsKey(key)) return;
        var entry = MathCacheEntry.Encode(equation);
        own[key] = (entry, batch, Interlocked.Increment(ref _sequence));
        Interlocked.Add(ref _addedBytes, PendingSize(key, entry));
    }

    /// <summary>Moves this thread's new entries into the table every thread reads (the first of two threads' entries for
    /// one key is kept).</summary>
    private void PublishThreadEntries() => Publish(_threadEntries.Value!);

    private void Publish(Dictionary<string, (ReadOnlyMemory<byte> Entry, long Batch, long Sequence)> entries)
    {
        if (entries.Count == 0) return;
        lock (_publishGate)
        {
            foreach (var (key, value) in entries)
            {
                if (!_added.TryAdd(key, value)) Interlocked.Add(ref _addedBytes, -PendingSize(key, value.Entry));
            }
        }

        entries.Clear();
    }

    /// <summary>Bytes this build's unsaved entries hold (see <see cref="Put"/>).</summary>
    internal long PendingBytes => Interlocked.Read(ref _addedBytes);

    // An entry's bytes plus its key as the store keeps it (the key's 16 bytes).
    private static long PendingSize(string key, ReadOnlyMemory<byte> entry) => entry.Length + key.Length / 2;

    /// <summary>End of the build: writes what was typeset and the use marks in one transaction, then evicts down to
    /// the size bound; the store stays open (a session saves again after later builds) until <see cref="Dispose"/>.
    /// A store that cannot be written only costs time on the next build.</summary>
    public void Save()
    {
        WaitForPreparedReads();
        // The page workers are done: every thread's new entries join the table.
        foreach (var entries in _threadEntries.Values) Publish(entries);
        var lookups = Interlocked.Read(ref _lookups);
        if (lookups == 0 && _added.IsEmpty)
        {
            return;
        }

        try
        {
            var store = Store;
            if (store is null)
            {
                return;
            }

            if (Interlocked.Exchange(ref _damaged, 0) != 0)
            {
                store.Dispose();
                MathCacheStore.Delete(StorePath);
                store = _rebuiltStore = MathCacheStore.Open(StorePath, out _);
            }

            var started = BuildPhases.Start();
            var added = _added.Select(p => (p.Key, p.Value.Entry, p.Value.Batch, p.Value.Sequence)).ToArray();
            // Sequence numbers are unique, so the order is total; one sort of the array, not LINQ's keyed ordering.
            Array.Sort(added, (a, b) => a.Batch != b.Batch ? a.Batch.CompareTo(b.Batch) : a.Sequence.CompareTo(b.Sequence));
            var used = _used.Keys.Order(StringComparer.Ordinal).ToList();
            store.Save(
                added.Select(p => (StoredKey(p.Key), p.Entry)),
                used.Select(StoredKey),
                _clock.GetUtcNow().ToUnixTimeSeconds(),
                ToolBuild,
                MathCacheStatistics.ForBuild(lookups, Interlocked.Read(ref _hits)),
                _sizeLimit);
            _phases?.Stop(SavePhase, started, added.Length);
            // Saved: later look-ups read them from the store, and the next save writes only what is new. The pages are
            // done, so usually nothing joined the table since it was read: then it is cleared at once (removing a
            // quarter of a million keys one by one took a tenth of a second at the end of a cold build).
            if (_added.Count == added.Length)
            {
                _added.Clear();
                Interlocked.Add(ref _addedBytes, -added.Sum(p => PendingSize(p.Key, p.Entry)));
            }
            else
            {
                foreach (var (key, entry, _, _) in added)
                {
                    if (_added.TryRemove(key, out _)) Interlocked.Add(ref _addedBytes, -PendingSize(key, entry));
                }
            }
            foreach (var key in used) _used.TryRemove(key, out _);
            Interlocked.Exchange(ref _lookups, 0);
            Interlocked.Exchange(ref _hits, 0);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            WarnOnce($"the math cache could not be saved ({e.Message}); the next build typesets these equations again");
        }
    }

    public void Dispose()
    {
        WaitForPreparedReads();
        if (_store.IsValueCreated)
        {
            _store.Value?.Dispose();
        }

        _rebuiltStore?.Dispose();
        _threadEntries.Dispose();
    }

    /// <summary>Size and last build's hit rate of a site's store, or null when it has none.</summary>
    public static MathCacheStatistics? Describe(string siteDirectory)
    {
        using var store = MathCacheStore.OpenExisting(StorePathFor(siteDirectory));
        return store?.Statistics();
    }

    /// <summary>Deletes a site's store (and nothing else); true when there was one.</summary>
    public static bool Clear(string siteDirectory)
    {
        var path = StorePathFor(siteDirectory);
        var existed = MathCacheStore.FilesOf(path).Any(File.Exists);
        MathCacheStore.Delete(path);
        return existed;
    }

    /// <summary>The first 128 bits of the key: enough to tell apart any number of equations a cache can hold.</summary>
    private static byte[] StoredKey(string key) => Convert.FromHexString(key.AsSpan(0, 32));

    private MathCacheStore? OpenStore()
    {
        var started = BuildPhases.Start();
        try
        {
            var store = MathCacheStore.Open(StorePath, out var problem);
            _phases?.Stop(OpenPhase, started);
            if (problem is not null)
            {
                WarnOnce(Damaged(problem));
            }

            return store;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // No store at all (read-only folder, another process's lock): every equation is typeset.
            WarnOnce($"the math cache cannot be opened ({e.Message}); equations are typeset without it");
            return null;
        }
    }

    /// <summary>Damage found while reading: later look-ups still try the store (they may be fine), and
    /// <see cref="Save"/> starts a new one.</summary>
    private void ReportDamage(string problem)
    {
        Interlocked.Exchange(ref _damaged, 1);
        WarnOnce(Damaged(problem));
    }

    private static string Damaged(string problem) =>
        $"the math cache was damaged ({problem}); it is rebuilt, and the equations it held are typeset again";

    private void WarnOnce(string message)
    {
        if (Interlocked.Exchange(ref _warned, 1) == 0)
        {
            _warn(message);
        }
    }
}
