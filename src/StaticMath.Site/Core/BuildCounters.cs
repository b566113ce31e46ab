using System.Collections.Concurrent;

namespace StaticMath.Site.Core;

/// <summary>
/// Named, thread-safe counters a build reports in its summary (features add theirs, e.g. equations typeset and
/// equations from cache).
/// </summary>
public sealed class BuildCounters
{
    private readonly ConcurrentDictionary<string, long> _values = new(StringComparer.Ordinal);

    public void Add(string name, long delta = 1) => _values.AddOrUpdate(name, delta, (_, v) => v + delta);

    public long Get(string name) => _values.TryGetValue(name, out var v) ? v : 0;

    public IReadOnlyList<KeyValuePair<string, long>> Snapshot() =>
        _values.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
}
