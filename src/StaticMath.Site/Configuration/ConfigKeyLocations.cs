namespace StaticMath.Site.Configuration;

/// <summary>
/// Where each settings key was written in the configuration file (<c>math.numbering</c> → line 7, column 3), so a
/// problem found later with a value — an unknown numbering style, a bad macro — points at its line.
/// </summary>
public sealed class ConfigKeyLocations
{
    private readonly Dictionary<string, (int Line, int Column)> _locations = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The configuration file's name as diagnostics show it.</summary>
    public string File { get; init; } = SiteConfigLoader.FileName;

    internal void Add(string dottedKey, int line, int column) => _locations.TryAdd(dottedKey, (line, column));

    /// <summary>The key's line and column (1-based), or (0, 0) when it was not written in the file.</summary>
    public (int Line, int Column) Of(string dottedKey) => _locations.GetValueOrDefault(dottedKey);
}
