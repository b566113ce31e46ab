using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace StaticMath.Site.Configuration;

/// <summary>
/// Converts a YamlDotNet node tree to plain values for templates and processors: maps become
/// <c>Dictionary&lt;string, object?&gt;</c> (key order kept), sequences <c>List&lt;object?&gt;</c>, plain scalars
/// <c>bool</c>/<c>long</c>/<c>double</c>/<c>null</c> when they look like one (YAML 1.2 core schema), everything else a string.
/// </summary>
public static partial class YamlValues
{
    public static object? ToPlain(YamlNode node) => node switch
    {
        YamlMappingNode map => ToDictionary(map),
        YamlSequenceNode seq => seq.Children.Select(ToPlain).ToList(),
        YamlScalarNode scalar => ScalarValue(scalar),
        _ => null,
    };

    public static Dictionary<string, object?> ToDictionary(YamlMappingNode map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
            result[KeyText(key)] = ToPlain(value);
        return result;
    }

    /// <summary>The node written out on its own as YAML text (aliases expanded), for deserialising one part of a file.</summary>
    public static string Text(YamlNode node)
    {
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    public static string KeyText(YamlNode key) => key is YamlScalarNode s ? s.Value ?? "" : key.ToString();

    private static object? ScalarValue(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != YamlDotNet.Core.ScalarStyle.Plain) return text;
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL": return null;
            case "true" or "True" or "TRUE": return true;
            case "false" or "False" or "FALSE": return false;
        }
        if (IntegerPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
            return l;
        if (FloatPattern().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return d;
        return text;
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
