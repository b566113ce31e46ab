namespace StaticMath.Site.Bibliography;

/// <summary>
/// One BibTeX entry. Field values are kept as TeX source (macros expanded, concatenations joined, outer delimiters
/// removed) so that name splitting can still see protective braces; <see cref="GetText"/> gives display text.
/// </summary>
public sealed class BibEntry
{
    private readonly Dictionary<string, string> _fields;

    public BibEntry(string type, string key, int line, IReadOnlyDictionary<string, string> fields)
    {
        Type = type.ToLowerInvariant();
        Key = key;
        Line = line;
        _fields = new Dictionary<string, string>(fields, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Entry type in lower case (<c>article</c>, <c>inproceedings</c>, …; unknown types are kept).</summary>
    public string Type { get; }

    public string Key { get; }

    /// <summary>1-based line of the <c>@type{</c> in the .bib file.</summary>
    public int Line { get; }

    public IReadOnlyDictionary<string, string> Fields => _fields;

    /// <summary>The field's TeX source, or null.</summary>
    public string? GetRaw(string field) => _fields.TryGetValue(field, out var v) ? v : null;

    /// <summary>The field as plain Unicode text (accents resolved, braces removed), or null when absent/empty.</summary>
    public string? GetText(string field)
    {
        var raw = GetRaw(field);
        if (raw is null) return null;
        var text = LatexText.ToUnicode(raw).Trim();
        return text.Length == 0 ? null : text;
    }

    public IReadOnlyList<BibName> Authors => BibNameParser.ParseList(GetRaw("author") ?? "");

    public IReadOnlyList<BibName> Editors => BibNameParser.ParseList(GetRaw("editor") ?? "");
}
