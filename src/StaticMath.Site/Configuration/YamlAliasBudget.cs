using YamlDotNet.RepresentationModel;

namespace StaticMath.Site.Configuration;

/// <summary>
/// Bounds YAML alias expansion before anything expands it: YamlDotNet shares an anchored node between its aliases,
/// but turning the tree into plain values copies it once per alias, so 700 bytes of nested aliases (a "billion
/// laughs") would become gigabytes. Sizes are counted per distinct node, so the check costs the document's size.
/// </summary>
public static class YamlAliasBudget
{
    /// <summary>Values (scalars, sequences, mappings) a document may stand for once aliases are expanded.</summary>
    public const long MaxExpandedValues = 100_000;

    /// <summary>The first top-level key of <paramref name="root"/> at which the expanded size passes the budget, or null.</summary>
    public static YamlNode? FindOverBudget(YamlMappingNode root)
    {
        var sizes = new Dictionary<YamlNode, long>(ReferenceEqualityComparer.Instance);
        long total = 1;
        foreach (var (key, value) in root.Children)
        {
            total += 1 + ExpandedSize(value, sizes);
            if (total > MaxExpandedValues) return key;
        }
        return null;
    }

    public static string Message => $"YAML aliases expand to more than {MaxExpandedValues} values (an alias bomb?)";

    private static long ExpandedSize(YamlNode node, Dictionary<YamlNode, long> sizes)
    {
        if (sizes.TryGetValue(node, out var known)) return known;
        // A node that refers back to itself expands forever: mark it over budget while it is being counted.
        sizes[node] = MaxExpandedValues + 1;
        long size = 1;
        var children = node switch
        {
            YamlMappingNode map => map.Children.SelectMany(p => new[] { p.Key, p.Value }),
            YamlSequenceNode seq => seq.Children,
            _ => [],
        };
        foreach (var child in children)
        {
            size += ExpandedSize(child, sizes);
            if (size > MaxExpandedValues) break;
        }
        return sizes[node] = System.Math.Min(size, MaxExpandedValues + 1);
    }
}
