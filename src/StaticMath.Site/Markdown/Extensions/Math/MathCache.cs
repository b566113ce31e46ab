using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using StaticMath.Math;
using StaticMath.Site.Core;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Typeset equations kept between builds in one file (<see cref="MathCacheStore"/>), so a rebuild only typesets new or
/// changed equations. One instance per build, used by all page threads: the store is opened on the first look-up,
/// read entry by entry, and everything typeset during the build is written by <see cref="Save"/> in one transaction at
/// its end. A damaged store is reported once (<c>SM2050</c>) and rebuilt; a damaged entry is a miss. Neither is ever
/// served as SVG.
/// </summary>
public sealed class MathCache : IDisposable
{
    /// <summary>The <c>--verbose</c> phases of the store's work: its reads are spread over the page workers (so, like the
    /// other <c>page:</c> lines, summed worker time), opening and saving happen once.</summary>
    public const string OpenPhase = "math cache: open";
    public const string ReadPhase = "page: math cache reads";
    public const string SavePhase = "math cache: save (one transaction)";

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
    private readonly ConcurrentDictionary<string, byte[]> _added = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);
    private long _lookups;
    private long _hits;
    private int _warned;
    private int _damaged;

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

    /// <summary>A key from the engine's cache key plus whatever else changes the output (lower-case hex SHA-256).</summary>
    public static string KeyFor(string engineKey, GlyphMode glyphMode, IEnumerable<KeyValuePair<string, string>> resolvedReferences)
    {
        var text = new StringBuilder(engineKey).Append('\n').Append(glyphMode).Append('\n').Append(MathEngineInfo.BuildStamp);
        foreach (var (label, value) in resolvedReferences.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append('\n').Append(label).Append('=').Append(value);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
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

    /// <summary>True when equations were typeset (or old entries used) since the last <see cref="Save"/>.</summary>
    public bool HasUnsaved => !_added.IsEmpty || !_used.IsEmpty;

    private MathCacheStore? Store => _rebuiltStore ?? _store.Value;

    public bool TryGet(string key, out MathResult result)
    {
        Interlocked.Increment(ref _lookups);
        if (_added.TryGetValue(key, out var added) && MathCacheEntry.TryDecode(added, out result))
        {
            Interlocked.Increment(ref _hits);
            return true;
        }

        result = null!;
        if (Store is not { } store)
        {
            return false;
        }

        var started = BuildPhases.Start();
        var found = TryRead(store, key, out result, out var used);
        _phases?.Stop(ReadPhase, started);
        if (!found)
        {
            return false;
        }

        if (_clock.GetUtcNow().ToUnixTimeSeconds() - used >= UseMarkResolution.TotalSeconds)
        {
            _used.TryAdd(key, 0);
        }

        Interlocked.Increment(ref _hits);
        return true;
    }

    /// <summary>The stored entry, decoded; false when absent or damaged (a damaged entry is replaced at the end of the
    /// build, damage to the file is reported).</summary>
    private bool TryRead(MathCacheStore store, string key, out MathResult result, out long used)
    {
        result = null!;
        byte[] entry;
        try
        {
            if (!store.TryRead(StoredKey(key), out entry, out used))
            {
                return false;
            }
        }
        catch (SqliteException e)
        {
            ReportDamage(e.Message);
            used = 0;
            return false;
        }

        return MathCacheEntry.TryDecode(entry, out result);
    }

    public void Put(string key, MathResult result) => _added.TryAdd(key, MathCacheEntry.Encode(result));

    /// <summary>End of the build: writes what was typeset and the use marks in one transaction, then evicts down to
    /// the size bound; the store stays open (a session saves again after later builds) until <see cref="Dispose"/>.
    /// A store that cannot be written only costs time on the next build.</summary>
    public void Save()
    {
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
            var added = _added.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
            var used = _used.Keys.Order(StringComparer.Ordinal).ToList();
            store.Save(
                added.Select(p => (StoredKey(p.Key), p.Value)),
                used.Select(StoredKey),
                _clock.GetUtcNow().ToUnixTimeSeconds(),
                MathCacheStatistics.ForBuild(lookups, Interlocked.Read(ref _hits)),
                _sizeLimit);
            _phases?.Stop(SavePhase, started, added.Count);
            // Saved: later look-ups read them from the store, and the next save writes only what is new.
            foreach (var (key, _) in added) _added.TryRemove(key, out _);
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
        if (_store.IsValueCreated)
        {
            _store.Value?.Dispose();
        }

        _rebuiltStore?.Dispose();
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
