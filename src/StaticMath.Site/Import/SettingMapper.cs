using StaticMath.Site.Markdown.Extensions.CodeHighlighting;

namespace StaticMath.Site.Import;

/// <summary>
/// Carries settings of another generator's configuration into staticmath.yml, each reported at its line, and
/// reports the source's settings that have no StaticMath equivalent.
/// </summary>
public sealed class SettingMapper(ImportedSite site, ConfigDocument config)
{
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public ConfigDocument Config => config;

    /// <summary>Copies a non-empty scalar setting; true when it was there.</summary>
    public bool Text(string sourceKey, string targetKey, Func<string, string>? convert = null)
    {
        Use(sourceKey);
        if (config.Text(sourceKey) is not { Length: > 0 } value) return false;
        var converted = convert is null ? value : convert(value);
        site.SetConfig(targetKey, converted, config.DisplayPath, config.Line(sourceKey), $"{sourceKey} → {targetKey}: {converted}");
        return true;
    }

    /// <summary>A whole number setting (<c>paginate</c>).</summary>
    public void Number(string sourceKey, string targetKey)
    {
        Use(sourceKey);
        if (config.Value(sourceKey) is long or int && long.TryParse(config.Text(sourceKey), out var n))
            site.SetConfig(targetKey, n, config.DisplayPath, config.Line(sourceKey), $"{sourceKey} → {targetKey}: {n}");
    }

    /// <summary>A true/false setting, carried over when it is on (off is every StaticMath setting's default).</summary>
    public void Flag(string sourceKey, string targetKey)
    {
        Use(sourceKey);
        if (config.Text(sourceKey) is { } value && value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase))
            site.SetConfig(targetKey, true, config.DisplayPath, config.Line(sourceKey), $"{sourceKey} → {targetKey}: true");
    }

    /// <summary>The language tag's primary part (<c>en-us</c> → <c>en</c>), the one the theme's translations are named by.</summary>
    public void Language(string sourceKey) => Text(sourceKey, "language", value => value.Split('-', '_')[0].ToLowerInvariant());

    /// <summary>A permalink pattern converted by <paramref name="convert"/>, or reported when it uses what ours cannot express.</summary>
    public bool Permalink(string sourceKey, string targetKey, Func<string, string?> convert)
    {
        Use(sourceKey);
        if (config.Text(sourceKey) is not { Length: > 0 } pattern) return false;
        if (convert(pattern) is { } ours)
        {
            site.SetConfig(targetKey, ours, config.DisplayPath, config.Line(sourceKey), $"{sourceKey} '{pattern}' → {targetKey}: {ours}");
            return true;
        }
        site.NotConverted(config, sourceKey, $"the URL pattern '{pattern}' uses a part StaticMath's patterns do not have ({{slug}} {{year}} {{month}} {{day}} {{section}} :categories); posts get the default URLs");
        return false;
    }

    /// <summary>A code colour style for light and/or dark mode, when it is one of ours.</summary>
    public void CodeStyle(string sourceKey, params string[] targetKeys)
    {
        Use(sourceKey);
        if (config.Text(sourceKey) is not { Length: > 0 } name) return;
        foreach (var target in targetKeys)
        {
            var candidates = new[] { name, name + (target.EndsWith("dark", StringComparison.Ordinal) ? "-dark" : "-light"), name.Replace('_', '-') };
            if (candidates.FirstOrDefault(CodeStyles.IsKnown) is { } ours)
                site.SetConfig(target, ours.ToLowerInvariant(), config.DisplayPath, config.Line(sourceKey), $"{sourceKey} '{name}' → {target}: {ours.ToLowerInvariant()}");
            else
                site.NotConverted(config, sourceKey, $"the code colour style '{name}' is not one of StaticMath's ({target} keeps its default); see the code styles in the docs");
        }
    }

    /// <summary>Marks keys as read (converted elsewhere, or deliberately without a counterpart worth reporting).</summary>
    public void Use(params string[] keys)
    {
        foreach (var key in keys) _used.Add(key);
    }

    /// <summary>Reports a setting with a reason, when it is present.</summary>
    public void Explain(string key, string reason)
    {
        Use(key);
        if (config.Has(key)) site.NotConverted(config, key, reason);
    }

    /// <summary>
    /// Reports every top-level key not read by the importer, and any colour setting anywhere (StaticMath's configuration
    /// has colour styles for code only; the theme's palette is its stylesheet).
    /// </summary>
    public void ReportRest()
    {
        foreach (var key in config.Keys)
        {
            var top = key.Split('.')[0];
            var isColour = key.Contains("color", StringComparison.OrdinalIgnoreCase) || key.Contains("colour", StringComparison.OrdinalIgnoreCase);
            if (isColour && !_used.Contains(key) && config.Value(key) is string)
                site.NotConverted(config, key, "StaticMath's configuration has no site colours (the default theme's palette follows light/dark mode); set colours in a theme override (staticmath theme export)");
            else if (!key.Contains('.') && !_used.Contains(top) && !_used.Any(u => u.StartsWith(top + ".", StringComparison.OrdinalIgnoreCase)))
                site.NotConverted(config, key, "no StaticMath setting for this; not carried over");
        }
    }
}
