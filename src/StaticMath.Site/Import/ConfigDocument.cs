using System.Globalization;
using StaticMath.Site.Configuration;
using Tomlyn.Model;
using Tomlyn.Parsing;
using Tomlyn.Syntax;
using Tomlyn;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticMath.Site.Import;

/// <summary>
/// Another generator's configuration file (YAML or TOML) read into plain values keyed by dotted path
/// (<c>markup.highlight.style</c>), each with the line it was written on, so every converted or refused setting is
/// reported at its place. A file that does not parse has no values and carries its <see cref="Error"/>.
/// </summary>
public sealed class ConfigDocument
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _lines = new(StringComparer.OrdinalIgnoreCase);

    private ConfigDocument(string displayPath) => DisplayPath = displayPath;

    /// <summary>The file's path relative to the source site, as reports show it.</summary>
    public string DisplayPath { get; }

    /// <summary>Why the file could not be read (with its line), or null.</summary>
    public (int Line, string Message)? Error { get; private set; }

    /// <summary>Every key path, in file order.</summary>
    public IEnumerable<string> Keys => _lines.Keys;

    public static ConfigDocument Load(string fullPath, string displayPath)
    {
        var document = new ConfigDocument(displayPath);
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            document.Error = (0, $"cannot read the file: {e.Message}");
            return document;
        }
        if (fullPath.EndsWith(".toml", StringComparison.OrdinalIgnoreCase)) document.ReadToml(text);
        else document.ReadYaml(text);
        return document;
    }

    public bool Has(string path) => _values.ContainsKey(path);

    public object? Value(string path) => _values.GetValueOrDefault(path);

    /// <summary>The value as text when it is a scalar (numbers and booleans in invariant form), else null.</summary>
    public string? Text(string path) => _values.GetValueOrDefault(path) switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };

    public int Line(string path) => _lines.GetValueOrDefault(path);

    /// <summary>Keys directly below <paramref name="prefix"/> (<c>taxonomies</c> → <c>taxonomies.tag</c>…).</summary>
    public IEnumerable<string> Children(string prefix) =>
        _lines.Keys.Where(k => k.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase) && !k[(prefix.Length + 1)..].Contains('.'));

    private void Add(string path, object? value, int line)
    {
        _values[path] = value;
        _lines.TryAdd(path, line);
    }

    private void ReadYaml(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws more than YamlException on some broken input; the locator finds the line either way.
            var (line, _, message) = YamlErrorLocator.Locate(text, e);
            Error = (line, message);
            return;
        }
        if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode root) AddYaml(root, "");
    }

    private void AddYaml(YamlMappingNode map, string prefix)
    {
        foreach (var (key, value) in map.Children)
        {
            var path = prefix + YamlValues.KeyText(key);
            Add(path, YamlValues.ToPlain(value), (int)key.Start.Line);
            if (value is YamlMappingNode child) AddYaml(child, path + ".");
        }
    }

    private void ReadToml(string text)
    {
        DocumentSyntax syntax;
        TomlTable table;
        try
        {
            syntax = SyntaxParser.Parse(text, DisplayPath);
            if (syntax.HasErrors)
            {
                var first = syntax.Diagnostics.First(d => d.Kind == DiagnosticMessageKind.Error);
                Error = (first.Span.Start.Line + 1, first.Message);
                return;
            }
            table = TomlSerializer.Deserialize(text, Content.TomlModel.Default.TomlTable) ?? new TomlTable();
        }
        catch (TomlException e)
        {
            Error = (e.Span is { } span ? span.Start.Line + 1 : 0, e.Message);
            return;
        }
        var lines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var keyValue in syntax.KeyValues)
            if (keyValue.Key is { } key) lines.TryAdd(KeyText(key), key.Span.Start.Line + 1);
        foreach (var tableSyntax in syntax.Tables)
        {
            var name = tableSyntax.Name is { } n ? KeyText(n) : "";
            lines.TryAdd(name, tableSyntax.Span.Start.Line + 1);
            foreach (var item in tableSyntax.Items)
                if (item.Key is { } key) lines.TryAdd(name + "." + KeyText(key), key.Span.Start.Line + 1);
        }
        AddToml(table, "", lines);
    }

    private void AddToml(TomlTable table, string prefix, Dictionary<string, int> lines)
    {
        foreach (var (key, value) in table)
        {
            var path = prefix + key;
            Add(path, ToPlain(value), LineOf(path, lines));
            if (value is TomlTable child) AddToml(child, path + ".", lines);
        }
    }

    /// <summary>A dotted key's own line, or its nearest written ancestor's (an inline table's keys have none).</summary>
    private static int LineOf(string path, Dictionary<string, int> lines)
    {
        for (var p = path; p.Length > 0; p = p.Contains('.') ? p[..p.LastIndexOf('.')] : "")
            if (lines.TryGetValue(p, out var line)) return line;
        return 0;
    }

    private static string KeyText(KeySyntax key) =>
        string.Join('.', (key.ToString() ?? "").Split('.').Select(part => part.Trim().Trim('"', '\'')));

    private static object? ToPlain(object? value) => value switch
    {
        TomlTable table => table.ToDictionary(p => p.Key, p => ToPlain(p.Value)),
        TomlTableArray tables => tables.Select(t => ToPlain(t)).ToList(),
        TomlArray array => array.Select(ToPlain).ToList(),
        TomlDateTime date => date.ToString(),
        int i => (long)i,
        float f => (double)f,
        _ => value,
    };
}
