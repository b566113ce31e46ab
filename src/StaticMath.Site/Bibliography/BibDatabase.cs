namespace StaticMath.Site.Bibliography;

/// <summary>The entries of one .bib file plus the problems met while reading it.</summary>
public sealed class BibDatabase
{
    private readonly Dictionary<string, BibEntry> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<BibEntry> _entries = [];
    private readonly List<BibParseError> _errors = [];

    public IReadOnlyList<BibEntry> Entries => _entries;

    public IReadOnlyList<BibParseError> Errors => _errors;

    /// <summary>BibTeX keys match case-insensitively (as BibTeX itself does).</summary>
    public bool TryGet(string key, out BibEntry entry) => _byKey.TryGetValue(key, out entry!);

    internal void Add(BibEntry entry)
    {
        if (!_byKey.TryAdd(entry.Key, entry))
        {
            _errors.Add(new BibParseError(entry.Line, 1, $"duplicate key '{entry.Key}' (the first entry is used)"));
            return;
        }
        _entries.Add(entry);
    }

    internal void AddError(BibParseError error) => _errors.Add(error);
}

/// <summary>A problem in a .bib file; line and column are 1-based.</summary>
public sealed record BibParseError(int Line, int Column, string Message);
