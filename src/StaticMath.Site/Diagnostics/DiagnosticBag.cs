using System.Collections.Concurrent;

namespace StaticMath.Site.Diagnostics;

/// <summary>Thread-safe collector of diagnostics for one build; pages are built in parallel.</summary>
public sealed class DiagnosticBag(DiagnosticBag? forwardTo = null)
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    /// <summary>Records the diagnostic, and reports it to the bag this one forwards to (a page's bag forwards to its build's).</summary>
    public void Add(Diagnostic diagnostic)
    {
        _items.Enqueue(diagnostic);
        forwardTo?.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) Add(diagnostic);
    }

    /// <summary>The diagnostics in the order they were reported.</summary>
    public IReadOnlyList<Diagnostic> ToList() => _items.ToList();

    public void Error(string code, string path, int line, int column, string message) =>
        Add(Diagnostic.Error(code, path, line, column, message));

    public void Warning(string code, string path, int line, int column, string message) =>
        Add(Diagnostic.Warning(code, path, line, column, message));

    public bool HasErrors => _items.Any(d => d.IsError);

    public int ErrorCount => _items.Count(d => d.IsError);

    public int WarningCount => _items.Count(d => !d.IsError);

    /// <summary>All diagnostics in a deterministic order (path, line, column, code).</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Path, StringComparer.Ordinal)
              .ThenBy(d => d.Line).ThenBy(d => d.Column)
              .ThenBy(d => d.Code, StringComparer.Ordinal)
              .ThenBy(d => d.Message, StringComparer.Ordinal)
              .ToList();
}
