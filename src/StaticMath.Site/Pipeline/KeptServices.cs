using System.Collections.Concurrent;

namespace StaticMath.Site.Pipeline;

/// <summary>
/// Build-wide services that a session keeps across its builds while the configuration is the same (<c>serve</c>: the
/// math cache stays open instead of being opened and closed on every save), and the work they leave for when the
/// build's result is out (saving what a build added to a cache). A one-shot build has its own, done with at its end.
/// Thread-safe.
/// </summary>
public sealed class KeptServices : IDisposable
{
    private readonly ConcurrentDictionary<Type, Lazy<object>> _services = new();
    private readonly ConcurrentQueue<Func<bool>> _deferred = new();
    private int _created;
    private int _deferredDone;

    /// <summary>Services made so far (each kept until <see cref="Dispose"/>).</summary>
    public int Created => Volatile.Read(ref _created);

    /// <summary>Deferred work items that found something to do (e.g. math cache saves), counted over the session.</summary>
    public int DeferredDone => Volatile.Read(ref _deferredDone);

    public T GetOrAdd<T>(Func<T> create) where T : class =>
        (T)_services.GetOrAdd(typeof(T), _ => new Lazy<object>(() =>
        {
            Interlocked.Increment(ref _created);
            return create();
        }, LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>Work that may wait until the build's result is shown; returns true when it had something to do.</summary>
    public void Defer(Func<bool> work) => _deferred.Enqueue(work);

    /// <summary>Runs the deferred work, in the order it was given.</summary>
    public void RunDeferred()
    {
        while (_deferred.TryDequeue(out var work))
        {
            if (work()) Interlocked.Increment(ref _deferredDone);
        }
    }

    /// <summary>Runs what is still deferred, then disposes the services that are disposable.</summary>
    public void Dispose()
    {
        RunDeferred();
        foreach (var service in _services.Values.Where(s => s.IsValueCreated).Select(s => s.Value).OfType<IDisposable>())
            service.Dispose();
        _services.Clear();
    }
}
