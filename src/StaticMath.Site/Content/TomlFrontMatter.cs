using System.Globalization;
using Tomlyn;
using Tomlyn.Model;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace StaticMath.Site.Content;

/// <summary>
/// Hugo's and Zola's <c>+++</c>-delimited TOML front matter, read with Tomlyn into the same plain values as YAML
/// (maps, lists, <c>bool</c>/<c>long</c>/<c>double</c>/string; TOML dates become their ISO 8601 text, which
/// <see cref="DateReader"/> reads). Hugo's names map to ours: <c>summary</c> already works as a description, and
/// taxonomies given as Zola's <c>[taxonomies]</c> table become top-level <c>tags</c>/<c>categories</c>.
/// </summary>
internal static class TomlFrontMatter
{
    /// <param name="toml">The text between the fences.</param>
    /// <param name="lineShift">File line of the TOML's first line, minus one.</param>
    public static FrontMatter Parse(string toml, string body, int bodyLineOffset, int lineShift)
    {
        DocumentSyntax syntax;
        try
        {
            syntax = SyntaxParser.Parse(toml, "front matter");
        }
        catch (TomlException e)
        {
            // Tomlyn refuses some input by throwing rather than reporting, e.g. arrays nested past its depth limit.
            var (line, column) = Position(e);
            return Failed(body, bodyLineOffset, line + lineShift, column, e.Message);
        }
        if (syntax.HasErrors)
        {
            var first = syntax.Diagnostics.First(d => d.Kind == DiagnosticMessageKind.Error);
            return Failed(body, bodyLineOffset, first.Span.Start.Line + 1 + lineShift, first.Span.Start.Column + 1, first.Message);
        }

        TomlTable table;
        try
        {
            table = TomlSerializer.Deserialize(toml, TomlModel.Default.TomlTable) ?? new TomlTable();
        }
        catch (TomlException e)
        {
            // The syntax tree accepted it but the model did not (e.g. a key defined twice).
            var (line, column) = Position(e);
            return Failed(body, bodyLineOffset, line + lineShift, column, e.Message);
        }

        var values = ToDictionary(table);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var keyValue in syntax.KeyValues)
        {
            if (keyValue.Key is { } key && FirstKeyName(key) is { } name)
                lines.TryAdd(name, key.Span.Start.Line + 1 + lineShift);
        }

        foreach (var tableSyntax in syntax.Tables)
        {
            if (tableSyntax.Name is { } key && FirstKeyName(key) is { } name)
                lines.TryAdd(name, key.Span.Start.Line + 1 + lineShift);
        }

        LiftTaxonomies(values, lines);
        return new FrontMatter { Present = true, Values = values, KeyLines = lines, Body = body, BodyLineOffset = bodyLineOffset };
    }

    /// <summary>Zola writes <c>[taxonomies] tags = [...]</c>; Hugo and Jekyll write <c>tags</c> at the top.</summary>
    private static void LiftTaxonomies(Dictionary<string, object?> values, Dictionary<string, int> lines)
    {
        if (!values.TryGetValue("taxonomies", out var raw) || raw is not Dictionary<string, object?> taxonomies) return;
        foreach (var (name, list) in taxonomies)
        {
            if (values.ContainsKey(name)) continue;
            values[name] = list;
            if (lines.TryGetValue("taxonomies", out var line)) lines.TryAdd(name, line);
        }
    }

    private static string? FirstKeyName(KeySyntax key)
    {
        var text = key.Key?.ToString()?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        return text.Length >= 2 && text[0] is '"' or '\'' && text[^1] == text[0] ? text[1..^1] : text;
    }

    private static (int Line, int Column) Position(TomlException e)
    {
        if (e.Span is { } span) return (span.Start.Line + 1, span.Start.Column + 1);
        return (1, 1);
    }

    private static FrontMatter Failed(string body, int bodyLineOffset, int line, int column, string message) => new()
    {
        Present = true,
        Body = body,
        BodyLineOffset = bodyLineOffset,
        Error = new FrontMatterError(line, column, "invalid TOML in front matter: " + message),
    };

    private static Dictionary<string, object?> ToDictionary(TomlTable table)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in table)
            result[key] = ToPlain(value);
        return result;
    }

    private static object? ToPlain(object? value) => value switch
    {
        TomlTable table => ToDictionary(table),
        TomlTableArray tables => tables.Select(t => (object?)ToDictionary(t)).ToList(),
        TomlArray array => array.Select(ToPlain).ToList(),
        TomlDateTime date => date.ToString(),
        int i => (long)i,
        float f => (double)f,
        DateTime d => d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        _ => value,
    };
}
