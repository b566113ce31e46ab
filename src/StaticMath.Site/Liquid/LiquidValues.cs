using System.Collections;

namespace StaticMath.Site.Liquid;

/// <summary>
/// Converts YAML-shaped data (YamlDotNet's object-keyed dictionaries, lists, scalars) into string-keyed
/// dictionaries and lists that Fluid exposes as <c>site.x.y</c> / <c>page.x[0]</c>.
/// </summary>
public static class LiquidValues
{
    public static object? Normalize(object? value) => value switch
    {
        null => null,
        string s => s,
        IDictionary<string, object?> typed => typed.ToDictionary(p => p.Key, p => Normalize(p.Value), StringComparer.Ordinal),
        IReadOnlyDictionary<string, object?> ro => ro.ToDictionary(p => p.Key, p => Normalize(p.Value), StringComparer.Ordinal),
        IDictionary dictionary => dictionary.Keys.Cast<object>().Where(k => k is not null)
            .ToDictionary(k => Convert.ToString(k, System.Globalization.CultureInfo.InvariantCulture)!, k => Normalize(dictionary[k]), StringComparer.Ordinal),
        IEnumerable list when value is not string => list.Cast<object?>().Select(Normalize).ToList(),
        _ => value,
    };
}
