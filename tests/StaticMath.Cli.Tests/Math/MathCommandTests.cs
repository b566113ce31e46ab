using System.Text;
using System.Text.Json;
using StaticMath.Cli.Commands;

namespace StaticMath.Cli.Tests.Math;

public sealed class MathCommandTests
{
    private static List<JsonElement> Batch(params string[] lines)
    {
        var output = new MemoryStream();
        Assert.Equal(0, MathCommand.RunBatch(new StringReader(string.Join('\n', lines)), output));
        return Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
    }

    [Fact]
    public void Batch_writes_one_result_per_input_with_extra_keys_passed_through()
    {
        var results = Batch(
            """{"tex": "\\frac{a}{b}", "display": true, "file": "post.md", "line": 12}""",
            """{"tex": "x^2"}""");
        Assert.Equal(2, results.Count);
        var fraction = results[0];
        Assert.Equal("post.md", fraction.GetProperty("file").GetString());
        Assert.Equal(12, fraction.GetProperty("line").GetInt32());
        Assert.True(fraction.GetProperty("width").GetDouble() > 0);
        Assert.True(fraction.GetProperty("height").GetDouble() > 0);
        Assert.True(fraction.GetProperty("depth").GetDouble() > 0);
        Assert.StartsWith("<svg", fraction.GetProperty("svg").GetString());
        Assert.Equal(0, fraction.GetProperty("errors").GetArrayLength());
        // Display fractions are taller than inline ones.
        var inline = Batch("""{"tex": "\\frac{a}{b}"}""")[0];
        Assert.True(fraction.GetProperty("height").GetDouble() + fraction.GetProperty("depth").GetDouble()
                    > inline.GetProperty("height").GetDouble() + inline.GetProperty("depth").GetDouble());
    }

    [Fact]
    public void Bad_lines_and_tex_errors_are_reported_per_line()
    {
        var results = Batch("not json", """{"display": true}""", """{"tex": "\\notacommand"}""");
        Assert.Equal(3, results.Count);
        Assert.Contains("invalid JSON", results[0].GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, results[1].GetProperty("svg").ValueKind);
        Assert.Contains("Undefined control sequence", results[2].GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public void Batch_on_many_threads_keeps_the_input_order_and_survives_bad_lines()
    {
        // More lines than one chunk, with bad JSON, a missing "tex", TeX errors and blank lines mixed in.
        var lines = Enumerable.Range(0, 2600).Select(i => (i % 7) switch
        {
            0 => "{not json " + i,
            1 => $$"""{"n": {{i}}}""",
            2 => $$"""{"n": {{i}}, "tex": "\\undefined{{i}}"}""",
            3 => "   ",
            _ => $$"""{"n": {{i}}, "tex": "x_{{{i}}} + \\frac{{{i}}}{y}", "display": {{(i % 2 == 0 ? "true" : "false")}}}""",
        }).ToArray();
        string Run(int threads)
        {
            var output = new MemoryStream();
            Assert.Equal(0, MathCommand.RunBatch(new StringReader(string.Join('\n', lines)), output, threads));
            return Encoding.UTF8.GetString(output.ToArray());
        }

        var sequential = Run(1);
        Assert.Equal(sequential, Run(4));
        var results = sequential.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var expected = Enumerable.Range(0, 2600).Where(i => i % 7 != 3).ToList();
        Assert.Equal(expected.Count, results.Count);
        for (var k = 0; k < results.Count; k++)
        {
            var i = expected[k];
            if (i % 7 == 0)
                Assert.Contains("invalid JSON", results[k].GetProperty("errors")[0].GetProperty("message").GetString());
            else
                Assert.True(results[k].TryGetProperty("n", out var n) && n.GetInt32() == i, $"line {i}: {results[k]}");
        }
    }
}
