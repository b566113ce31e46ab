using System.Diagnostics;

namespace StaticMath.Site.Core;

/// <summary>
/// Where a build's time went: named phases with their time and how many items each handled, in the order they first
/// ran (<c>staticmath build --verbose</c> prints them). Thread-safe: work done by parallel page workers adds up, so a
/// stage inside the page phase reports worker time, which can exceed the phase's wall time.
/// </summary>
public sealed class BuildPhases
{
    private readonly object _gate = new();
    private readonly List<string> _order = [];
    private readonly Dictionary<string, (long Ticks, long Count)> _totals = new(StringComparer.Ordinal);

    /// <summary>A timestamp to pass to <see cref="Stop"/> (no allocation, so it is cheap enough per page).</summary>
    public static long Start() => Stopwatch.GetTimestamp();

    /// <summary>Adds the time since <paramref name="started"/> and <paramref name="count"/> items to the phase.</summary>
    public void Stop(string phase, long started, long count = 1) =>
        Add(phase, Stopwatch.GetElapsedTime(started), count);

    public void Add(string phase, TimeSpan elapsed, long count)
    {
        lock (_gate)
        {
            if (!_totals.TryGetValue(phase, out var total)) _order.Add(phase);
            _totals[phase] = (total.Ticks + elapsed.Ticks, total.Count + count);
        }
    }

    public IReadOnlyList<PhaseTime> Snapshot()
    {
        lock (_gate) return _order.Select(p => new PhaseTime(p, TimeSpan.FromTicks(_totals[p].Ticks), _totals[p].Count)).ToList();
    }
}

/// <summary>One phase of a build: its (wall or summed worker) time and the number of items it handled.</summary>
public sealed record PhaseTime(string Name, TimeSpan Elapsed, long Count);
