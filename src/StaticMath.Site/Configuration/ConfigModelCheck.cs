using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using StaticMath.Site.Diagnostics;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace StaticMath.Site.Configuration;

/// <summary>
/// Checks <c>staticmath.yml</c> against the typed settings model (<see cref="SiteConfig"/>, the option classes of
/// its core sections and the features' declared sections) before it is deserialised, so every key other code adds to the model is known here automatically:
/// <list type="bullet">
/// <item>a key inside a section (<c>math: {numbring: …}</c>) that the section's class does not have is warned about
/// (SM1501) with a "did you mean" — it would otherwise be silently ignored;</item>
/// <item>a top-level key is the site's own variable (<c>site.nav</c>) unless it is a near miss of a setting
/// (<c>paginte</c>), which is warned about the same way;</item>
/// <item>a value of the wrong type (<c>paginate: lots</c>) is an error (SM1002) naming the key and the expected type,
/// at the value's line, and is dropped so the other settings still apply.</item>
/// </list>
/// </summary>
internal static class ConfigModelCheck
{
    /// <returns>Whether a value was dropped (the tree then differs from the text).</returns>
    public static bool Check(YamlMappingNode root, IReadOnlyList<SettingsSection> sections, IDeserializer deserializer, string displayPath,
        DiagnosticBag diagnostics, ConfigKeyLocations locations)
    {
        var topLevel = SettableProperties(typeof(SiteConfig));
        foreach (var section in sections) topLevel.Add(section.Name, section.Type);
        return CheckMapping(root, topLevel, "", deserializer, displayPath, diagnostics, locations);
    }

    private static bool CheckMapping(YamlMappingNode mapping, Dictionary<string, Type> properties, string prefix, IDeserializer deserializer,
        string displayPath, DiagnosticBag diagnostics, ConfigKeyLocations locations)
    {
        var dropped = false;
        foreach (var (keyNode, value) in mapping.Children.ToList())
        {
            var key = YamlValues.KeyText(keyNode);
            var dotted = prefix + key;
            var (line, column) = ((int)keyNode.Start.Line, (int)keyNode.Start.Column);
            locations.Add(dotted, line, column);
            if (!properties.TryGetValue(key, out var type))
            {
                var near = Suggestion.Closest(key, properties.Keys.Select(CamelCase));
                if (prefix.Length > 0 || near is not null)
                {
                    var hint = near is not null ? $"did you mean '{prefix + near}'?" : "known keys: " + string.Join(", ", properties.Keys.Select(CamelCase).Order(StringComparer.Ordinal));
                    diagnostics.Warning(DiagnosticCodes.UnknownSetting, displayPath, line, column, $"unknown setting '{dotted}' is ignored ({hint})");
                }
                continue;
            }
            if (IsNull(value))
            {
                // `cname:` with nothing after it means "not set": keep the default rather than a null the model never has.
                mapping.Children.Remove(keyNode);
                dropped = true;
                continue;
            }
            if (IsSection(type) && value is YamlMappingNode section)
            {
                dropped |= CheckMapping(section, SettableProperties(type), dotted + ".", deserializer, displayPath, diagnostics, locations);
                continue;
            }
            if (!Fits(value, type, deserializer))
            {
                diagnostics.Error(DiagnosticCodes.ConfigValue, displayPath, (int)value.Start.Line, (int)value.Start.Column,
                    $"invalid configuration value: '{dotted}' expects {Expected(type)}, not {Shown(value)}; the default is used");
                mapping.Children.Remove(keyNode);
                dropped = true;
            }
        }
        return dropped;
    }

    /// <summary>Key → value type of a settings class, in declaration order (the order "did you mean" prefers on a tie).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "Settings classes of this assembly, which the precompiled tool keeps whole (TrimMode=partial).")]
    private static Dictionary<string, Type> SettableProperties(Type model) =>
        model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<YamlIgnoreAttribute>() is null)
            .ToDictionary(p => p.Name, p => p.PropertyType, StringComparer.OrdinalIgnoreCase);

    private static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>An option class of its own (<c>math:</c>, <c>permalinks:</c>), checked key by key.</summary>
    private static bool IsSection(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    /// <summary>Whether the deserialiser accepts the node for the type: the model decides, not a second list of rules.</summary>
    private static bool Fits(YamlNode value, Type type, IDeserializer deserializer)
    {
        try
        {
            deserializer.Deserialize(YamlValues.Text(value), type);
            return true;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return false;
        }
    }

    private static bool IsNull(YamlNode value) =>
        value is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" } && value.Tag.IsEmpty;

    private static string Expected(Type type) => type switch
    {
        _ when type == typeof(int) || type == typeof(long) => "a whole number",
        _ when type == typeof(double) || type == typeof(decimal) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(string) => "a text value",
        _ when type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) => "a list",
        _ when typeof(System.Collections.IDictionary).IsAssignableFrom(type) => "a mapping of names to values",
        _ => "a mapping of settings",
    };

    private static string Shown(YamlNode value) => value switch
    {
        YamlScalarNode scalar => $"'{scalar.Value}'",
        YamlSequenceNode => "a list",
        _ => "a mapping",
    };
}
