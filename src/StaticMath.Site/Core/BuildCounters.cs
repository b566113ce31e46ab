using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace StaticMath.Site.Core;

/// <summary>
/// Named, thread-safe counters a build reports in its summary (features add theirs, e.g. equations typeset and
/// equations from cache).
/// </summary>
public sealed class BuildCounters
{
    // A box per name, added to with Interlocked: counters are bumped per equation from every page worker, where
    // AddOrUpdate allocated a closure per call and retried under contention.
    private readonly ConcurrentDictionary<string, StrongBox<long>> _values = new(StringComparer.Ordinal);

    public void Add(string name, long delta = 1) =>
        Interlocked.Add(ref _values.GetOrAdd(name, static _ => new StrongBox<long>()).Value, delta);

    public long Get(string name) => _values.TryGetValue(name, out var box) ? Interlocked.Read(ref box.Value) : 0;

    public IReadOnlyList<KeyValuePair<string, long>> Snapshot() =>
        _values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Interlocked.Read(ref p.Value.Value))).ToList();
}
