using System.Text;
using System.Text.Json;

namespace StaticMath.Math.Tests.Parsing;

/// <summary>Runs only when STATICMATH_MATH_CORPUS points at a JSON-lines file of expressions (see extract-math.py).</summary>
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("STATICMATH_MATH_CORPUS")))
        {
            Skip = "Set STATICMATH_MATH_CORPUS to a .jsonl file of {file, line, display, tex} to run the corpus check";
        }
    }
}

public sealed class CorpusParseTests
{
    /// <summary>Parses every expression, one session per file (definitions persist along a page as in MathJax), and
    /// writes a report to STATICMATH_MATH_CORPUS_REPORT (or next to the input) listing each error.</summary>
    [CorpusFact]
    public void EveryCorpusExpressionParsesWithoutThrowing()
    {
        var path = Environment.GetEnvironmentVariable("STATICMATH_MATH_CORPUS")!;
        var report = new StringBuilder();
        var sessions = new Dictionary<string, MathSession>(StringComparer.Ordinal);
        int expressions = 0, failing = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var tex = root.GetProperty("tex").GetString() ?? "";
            var file = root.TryGetProperty("file", out var f) ? f.GetString() ?? "" : "";
            var where = root.TryGetProperty("line", out var l) ? l.ToString() : root.TryGetProperty("name", out var n) ? n.GetString() : "";
            var display = root.TryGetProperty("display", out var d) && (d.ValueKind == JsonValueKind.True || (d.ValueKind == JsonValueKind.Number && d.GetInt32() != 0));
            if (root.TryGetProperty("macros", out var macros))
            {
                // A case with its own macros (as a site configuration would give them) gets its own session.
                var definitions = macros.EnumerateObject().ToDictionary(m => m.Name.TrimStart('\\'), m => new MacroDefinition(m.Value.GetString() ?? ""));
                file += "#" + where;
                sessions[file] = ParseTestSupport.NewSession(new MathRenderOptions { Macros = definitions });
            }

            if (!sessions.TryGetValue(file, out var session))
            {
                session = ParseTestSupport.NewSession();
                sessions[file] = session;
            }

            var parsed = session.Parse(tex, display ? MathMode.Display : MathMode.Inline);
            expressions++;
            if (parsed.Errors.Count > 0)
            {
                failing++;
                foreach (var error in parsed.Errors)
                {
                    report.Append(file).Append(':').Append(where).Append(": ").Append(error.Offset).Append(": ").Append(error.Message)
                        .Append("   in: ").AppendLine(tex.Replace('\n', ' '));
                }
            }
        }

        // Throughput: parse the whole file again a few times with fresh sessions.
        var texts = File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("tex").GetString() ?? "").ToArray();
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        const int passes = 20;
        for (var pass = 0; pass < passes; pass++)
        {
            var session = ParseTestSupport.NewSession();
            foreach (var tex in texts)
            {
                session.Parse(tex, MathMode.Display);
            }
        }

        stopwatch.Stop();
        var perExpression = stopwatch.Elapsed.TotalMicroseconds / (passes * texts.Length);
        report.Insert(0, $"{expressions} expressions, {failing} with errors; parse time {perExpression:F1} µs per expression{Environment.NewLine}");
        var reportPath = Environment.GetEnvironmentVariable("STATICMATH_MATH_CORPUS_REPORT") ?? path + ".report.txt";
        File.WriteAllText(reportPath, report.ToString());
        Assert.True(expressions > 0);
    }
}
