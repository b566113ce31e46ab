using StaticMath.Site.Build;

namespace StaticMath.Preview;

/// <summary>
/// Watches the site folder (content, static files, layouts, includes, theme, bibliographies, data, configuration) and
/// calls back once the file events of a save have settled: editors save in several steps (temporary file, rename,
/// several writes), so events are coalesced until none arrived for the debounce time. The output and cache folders
/// and editors' scratch files are ignored. The paths seen are collected until <see cref="TakeChanges"/>, so a rebuild
/// looks at those files only.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private static readonly string[] IgnoredFolders = ["_site", ".staticmath", ".git", "node_modules", "bin", "obj"];

    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;
    private readonly TimeSpan _debounce;
    private readonly Action _changed;
    private readonly string _root;
    private readonly object _gate = new();
    private HashSet<string> _seen = new(StringComparer.Ordinal);
    private bool _lostTrack;
    private int _disposed;

    public SiteWatcher(string siteDirectory, TimeSpan debounce, Action changed)
    {
        _root = Path.GetFullPath(siteDirectory);
        _debounce = debounce;
        _changed = changed;
        _timer = new Timer(_ => Fire(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Changed += (_, e) => OnEvent(e.FullPath);
        _watcher.Created += (_, e) => OnEvent(e.FullPath);
        _watcher.Deleted += (_, e) => OnEvent(e.FullPath);
        _watcher.Renamed += (_, e) => { OnEvent(e.OldFullPath); OnEvent(e.FullPath); };
        // A lost event buffer means we no longer know what changed: the next rebuild looks at every file.
        _watcher.Error += (_, _) =>
        {
            lock (_gate) _lostTrack = true;
            Schedule();
        };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>True for paths a rebuild never depends on.</summary>
    public bool IsIgnored(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal)) return true;
        var segments = relative.Split('/');
        if (segments.Take(segments.Length - 1).Any(s => IgnoredFolders.Contains(s, StringComparer.Ordinal))) return true;
        if (segments.Length > 0 && IgnoredFolders.Contains(segments[0], StringComparer.Ordinal)) return true;
        var name = segments[^1];
        return name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
               || name.StartsWith(".#", StringComparison.Ordinal) || name == "4913" || name == ".DS_Store";
    }

    /// <summary>The paths seen since the last call (or <see cref="ChangedFiles.Unknown"/> if events were lost), and starts a new set.</summary>
    public ChangedFiles TakeChanges()
    {
        lock (_gate)
        {
            var changes = _lostTrack ? ChangedFiles.Unknown : ChangedFiles.Of(_root, _seen);
            _seen = new HashSet<string>(StringComparer.Ordinal);
            _lostTrack = false;
            return changes;
        }
    }

    private void OnEvent(string fullPath)
    {
        if (IsIgnored(fullPath)) return;
        lock (_gate) _seen.Add(fullPath);
        Schedule();
    }

    private void Schedule()
    {
        if (Volatile.Read(ref _disposed) == 0) _timer.Change(_debounce, Timeout.InfiniteTimeSpan);
    }

    private void Fire()
    {
        if (Volatile.Read(ref _disposed) == 0) _changed();
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _watcher.EnableRaisingEvents = false;
        _watcher.Dispose();
        _timer.Dispose();
    }
}
