using System.Buffers;
using StaticMath.Site.Diagnostics;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StaticMath.Math;

namespace StaticMath.Cli.Commands;

/// <summary>
/// <c>staticmath math [--display] [--json] [-o file.svg] "TEX"</c> renders one expression (SVG on stdout, or JSON
/// <c>{"width","height","depth","svg","errors"}</c> in em); <c>staticmath math --batch</c> reads JSON lines
/// <c>{"tex": "...", "display": true, ...}</c> on stdin and writes one result line per input line, other keys passed
/// through (the format of the MathJax yardstick in tools/mathref, so the two outputs join line by line).
/// SVGs are self-contained (glyph outlines inline).
/// </summary>
public static class MathCommand
{
    public static readonly Argument<string?> Tex = new("tex") { Description = "The TeX to render (omit with --batch)", Arity = ArgumentArity.ZeroOrOne };
    public static readonly Option<bool> Display = new("--display", "-d") { Description = "Display style (default: inline)" };
    public static readonly Option<bool> Json = new("--json") { Description = "Print {\"width\",\"height\",\"depth\",\"svg\",\"errors\"} (em) instead of the SVG" };
    public static readonly Option<string?> Output = new("--output", "-o") { Description = "Write the SVG to this file" };
    public static readonly Option<bool> Batch = new("--batch") { Description = "Read JSON lines {\"tex\",\"display\"} on stdin, write one JSON result per line" };
    public static readonly Option<int> Threads = new("--threads") { Description = "With --batch: typeset on this many threads (default: all cores); output order is the input's", DefaultValueFactory = _ => Environment.ProcessorCount };

    /// <summary>Lines typeset together: enough to keep every thread busy, few enough to stream.</summary>
    private const int BatchChunkLines = 1024;

    private static readonly MathRenderOptions StandaloneOptions = new() { GlyphMode = GlyphMode.Inline };

    // Readable SVG in the JSON (no \u003C for '<'); the output is data for tools, never embedded in HTML as is.
    private static readonly JsonSerializerOptions JsonOutput = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var command = new Command("math", "Render TeX math to SVG (or JSON with its size in em)");
        command.Arguments.Add(Tex);
        foreach (var option in new Option[] { Display, Json, Output, Batch, Threads })
            command.Options.Add(option);
        command.SetAction(parse =>
        {
            if (parse.GetValue(Batch))
            {
                var threads = parse.GetValue(Threads);
                if (threads < 1)
                {
                    Console.Error.WriteLine("staticmath math: --threads must be at least 1");
                    return CommandLineApp.Usage;
                }

                // Console.Out flushes every line with a system call: a quarter of a batch's time. Buffer both ends.
                using var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8, false, 1 << 16);
                using var output = new BufferedStream(Console.OpenStandardOutput(), 1 << 16);
                return RunBatch(input, output, threads);
            }

            var tex = parse.GetValue(Tex);
            if (tex is null)
            {
                Console.Error.WriteLine("staticmath math: give the TeX to render, or --batch to read JSON lines on stdin");
                return CommandLineApp.Usage;
            }

            var result = Render(tex, parse.GetValue(Display));
            foreach (var error in result.Errors)
                Console.Error.WriteLine($"<tex>(1,{error.Offset + 1}): warning {error.Code ?? DiagnosticCodes.TexError}: {error.Message}");
            foreach (var warning in result.Warnings)
                Console.Error.WriteLine($"<tex>(1,{warning.Offset + 1}): warning {warning.Code ?? DiagnosticCodes.TexError}: {warning.Message}");

            if (parse.GetValue(Output) is { } path)
                File.WriteAllText(path, result.Svg);

            if (parse.GetValue(Json))
                Console.Out.WriteLine(ToJson(result, new JsonObject()).ToJsonString(JsonOutput));
            else if (parse.GetValue(Output) is null)
                Console.Out.WriteLine(result.Svg);
            return result.HasErrors ? CommandLineApp.Failure : CommandLineApp.Success;
        });
        return command;
    }

    /// <summary>One output line per input line, always (a bad line gets an error entry), in input order, so outputs
    /// stay joinable. Lines are read in chunks and each chunk is typeset on <paramref name="threads"/> threads, so
    /// results come a chunk at a time: meant for a piped file, not for a conversation line by line.</summary>
    /// <remarks>Result lines are UTF-8 from the start (a JSON writer straight into bytes): a string per line, then
    /// encoding it, cost as much as writing the JSON.</remarks>
    public static int RunBatch(TextReader input, Stream output, int threads = 1)
    {
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var lines = new List<string>(BatchChunkLines);
        var results = new byte[]?[BatchChunkLines];
        while (true)
        {
            lines.Clear();
            while (lines.Count < BatchChunkLines && input.ReadLine() is { } line)
                lines.Add(line);
            if (lines.Count == 0)
                break;

            Parallel.For(0, lines.Count, parallel, i => results[i] = BatchLine(lines[i]));
            for (var i = 0; i < lines.Count; i++)
            {
                if (results[i] is { } result)
                {
                    output.Write(result);
                    output.Write(NewLine);
                }
            }
        }

        output.Flush();
        return CommandLineApp.Success;
    }

    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Environment.NewLine);

    /// <summary>The JSON result line for one input line (UTF-8, no line break); null for a blank line (skipped).</summary>
    private static byte[]? BatchLine(string line)
    {
        if (line.Trim().Length == 0)
            return null;

        JsonObject item;
        try
        {
            item = JsonNode.Parse(line) as JsonObject ?? throw new JsonException("expected a JSON object");
        }
        catch (JsonException e)
        {
            return ToLine(Failed(new JsonObject(), "invalid JSON input: " + e.Message));
        }

        string? tex;
        try
        {
            tex = item["tex"] is JsonValue texValue && texValue.TryGetValue<string>(out var text) ? text : null;
        }
        catch (InvalidOperationException e)
        {
            // An escape such as "\ud800" is a lone surrogate: no string holds it.
            return ToLine(Failed(new JsonObject(), "\"tex\" is not valid Unicode: " + e.Message));
        }
        if (tex is null)
            return ToLine(Failed(item, "missing \"tex\""));

        var display = item["display"] is JsonValue displayValue && displayValue.TryGetValue<bool>(out var isDisplay) && isDisplay;
        return ToLine(ToJson(Render(tex, display), item));
    }

    /// <summary>
    /// JSON escapes such as <c>"\ud800"</c> parse into a lone surrogate, which cannot be written back as UTF-8: such a
    /// line (echoed fields included) gets an error entry instead of ending the batch.
    /// </summary>
    private static byte[] ToLine(JsonObject result)
    {
        try
        {
            return Utf8(result);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return Utf8(Failed(new JsonObject(), "the input is not valid Unicode (a lone surrogate escape?): " + e.Message));
        }
    }

    // Each thread writes its lines through one buffer and writer, reused (a line's SVG is kilobytes).
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? lineBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? lineWriter;

    /// <summary>The compact JSON text of <paramref name="value"/> as <see cref="JsonNode.ToJsonString"/> with
    /// <see cref="JsonOutput"/> writes it, in UTF-8.</summary>
    private static byte[] Utf8(JsonObject value)
    {
        var buffer = lineBuffer ??= new ArrayBufferWriter<byte>(1 << 14);
        buffer.ResetWrittenCount();
        var writer = lineWriter ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonOutput.Encoder });
        writer.Reset(buffer);
        value.WriteTo(writer, JsonOutput);
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    private static MathResult Render(string tex, bool display)
    {
        try
        {
            return MathRenderer.Default.Render(tex, display ? MathMode.Display : MathMode.Inline, StandaloneOptions);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // An engine failure is reported like a TeX error, never a crash of the whole batch.
            return new MathResult { Svg = "", WidthEm = 0, HeightEm = 0, DepthEm = 0, Errors = [new MathError(0, "math engine failure: " + e.Message)] };
        }
    }

    private static JsonObject ToJson(MathResult result, JsonObject into)
    {
        into["width"] = result.WidthEm;
        into["height"] = result.HeightEm;
        into["depth"] = result.DepthEm;
        into["svg"] = result.Svg;
        into["errors"] = Errors(result.Errors.Select(e => (e.Offset, e.Message)));
        if (result.Warnings.Count > 0)
            into["warnings"] = new JsonArray(result.Warnings.Select(w => (JsonNode)new JsonObject
            {
                ["offset"] = w.Offset, ["code"] = w.Code ?? DiagnosticCodes.TexError, ["message"] = w.Message,
            }).ToArray());
        return into;
    }

    private static JsonObject Failed(JsonObject into, string message)
    {
        into["width"] = null;
        into["height"] = null;
        into["depth"] = null;
        into["svg"] = null;
        into["errors"] = Errors([(0, message)]);
        return into;
    }

    private static JsonArray Errors(IEnumerable<(int Offset, string Message)> errors) =>
        new(errors.Select(e => (JsonNode)new JsonObject { ["offset"] = e.Offset, ["message"] = e.Message }).ToArray());
}
