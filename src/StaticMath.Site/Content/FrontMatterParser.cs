using StaticMath.Site.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticMath.Site.Content;

/// <summary>
/// Splits <c>---</c>-delimited YAML front matter (parsed with YamlDotNet) or Hugo/Zola's <c>+++</c>-delimited TOML
/// front matter (parsed with Tomlyn, see <see cref="TomlFrontMatter"/>) from a Markdown file, mapping error positions
/// to lines of the file.
/// </summary>
public static class FrontMatterParser
{
    public static FrontMatter Parse(string text)
    {
        text = Normalize(text);
        var opening = FirstLine(text, 0, out var afterOpening);
        if (IsFence(opening, "+++"))
            return ParseToml(text, afterOpening);
        if (!IsFence(opening, "---"))
            return new FrontMatter { Body = text, BodyLineOffset = 1 };

        // The closing fence is `---`, or YAML's document end `...`, on a line of its own.
        if (FindClosingFence(text, afterOpening, "---", "...") is not var (yamlEnd, bodyStart, closingLine))
            return Unclosed(text, "---");
        return ParseYaml(text[afterOpening..yamlEnd], BodyFrom(text, bodyStart), bodyLineOffset: closingLine + 1);
    }

    /// <summary>Hugo's and Zola's TOML front matter between two <c>+++</c> lines.</summary>
    private static FrontMatter ParseToml(string text, int afterOpening)
    {
        if (FindClosingFence(text, afterOpening, "+++") is not var (tomlEnd, bodyStart, closingLine))
            return Unclosed(text, "+++");
        return TomlFrontMatter.Parse(text[afterOpening..tomlEnd], BodyFrom(text, bodyStart), bodyLineOffset: closingLine + 1, lineShift: 1);
    }

    /// <summary>The first line after the opening fence (file line 1) that is one of <paramref name="fences"/>: where
    /// it starts, where the body after it starts, and its file line; null when there is none.</summary>
    private static (int Start, int BodyStart, int Line)? FindClosingFence(string text, int afterOpening, params string[] fences)
    {
        var position = afterOpening;
        var line = 2;
        while (position <= text.Length)
        {
            var current = FirstLine(text, position, out var next);
            if (fences.Any(fence => IsFence(current, fence)))
                return (position, next, line);
            if (next > text.Length) break;
            position = next;
            line++;
        }
        return null;
    }

    private static string BodyFrom(string text, int bodyStart) => bodyStart <= text.Length ? text[bodyStart..] : "";

    private static FrontMatter Unclosed(string text, string fence) => new()
    {
        Present = true,
        Body = text,
        BodyLineOffset = 1,
        Error = new FrontMatterError(1, 1, $"front matter starts with '{fence}' but has no closing '{fence}' line"),
    };

    private static FrontMatter ParseYaml(string yaml, string body, int bodyLineOffset)
    {
        // The YAML text starts on file line 2, so YAML line n is file line n + 1.
        const int lineShift = 1;
        if (YamlNesting.FindTooDeep(yaml) is var (deepLine, deepColumn))
        {
            return new FrontMatter
            {
                Present = true,
                Body = body,
                BodyLineOffset = bodyLineOffset,
                Error = new FrontMatterError(deepLine + lineShift, deepColumn, YamlNesting.Message),
            };
        }
        var (usable, dropped) = DuplicateYamlKeys.LastValueWins(yaml);
        yaml = usable;
        var warnings = dropped.Select(d => new FrontMatterError(d.Line + lineShift, 1,
            $"front matter key '{d.Key}' appears again later; the later value is used, as Jekyll does")).ToList();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            var (line, column, message) = YamlErrorLocator.Locate(yaml, e);
            return new FrontMatter
            {
                Present = true,
                Body = body,
                BodyLineOffset = bodyLineOffset,
                Error = new FrontMatterError(line + lineShift, column, "invalid YAML in front matter: " + message),
            };
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return new FrontMatter { Present = true, Body = body, BodyLineOffset = bodyLineOffset };

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var start = stream.Documents[0].RootNode.Start;
            return new FrontMatter
            {
                Present = true,
                Body = body,
                BodyLineOffset = bodyLineOffset,
                Error = new FrontMatterError((int)start.Line + lineShift, (int)start.Column, "front matter must be a mapping of keys to values"),
            };
        }

        if (YamlAliasBudget.FindOverBudget(root) is { } bomb)
        {
            return new FrontMatter
            {
                Present = true,
                Body = body,
                BodyLineOffset = bodyLineOffset,
                Error = new FrontMatterError((int)bomb.Start.Line + lineShift, (int)bomb.Start.Column, YamlAliasBudget.Message),
            };
        }

        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, _) in root.Children)
            lines[YamlValues.KeyText(key)] = (int)key.Start.Line + lineShift;
        return new FrontMatter
        {
            Present = true,
            Values = YamlValues.ToDictionary(root),
            KeyLines = lines,
            Warnings = warnings,
            Body = body,
            BodyLineOffset = bodyLineOffset,
        };
    }

    private static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    private static string FirstLine(string text, int start, out int next)
    {
        if (start >= text.Length)
        {
            next = text.Length + 1;
            return "";
        }
        var end = text.IndexOf('\n', start);
        if (end < 0)
        {
            next = text.Length + 1;
            return text[start..];
        }
        next = end + 1;
        return text[start..end];
    }

    private static bool IsFence(string line, string fence) => line.TrimEnd() == fence;
}
