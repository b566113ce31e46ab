using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace StaticMath.Math.Tests.Svg;

/// <summary>
/// Pins the engine's whole output for a broad fixed set of expressions (Svg/Golden/expressions.tex) to the checked-in
/// Svg/Golden/expected.txt, so speed work cannot change a byte unnoticed: SVG with shared glyph definitions, the
/// definitions themselves, self-contained SVG (inline outlines, scaled glyphs), size, rows, line pieces and errors.
/// After an intended change of output, regenerate with
/// <c>UPDATE_SNAPSHOTS=1 dotnet test tests/StaticMath.Math.Tests --filter SvgGoldenTests</c> and review the diff.
/// </summary>
public class SvgGoldenTests
{
    private static readonly MathRenderOptions SharedDefinitions = new() { GlyphMode = GlyphMode.SharedDefinitions };
    private static readonly MathRenderOptions Inline = new() { GlyphMode = GlyphMode.Inline };

    [Fact]
    public void Output_matches_the_checked_in_expected_file()
    {
        var expressions = Expressions();
        var actual = Describe(expressions, InOrder(expressions), parallel: false);
        var expectedPath = Path.Combine(GoldenFolder(), "expected.txt");
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
            File.WriteAllText(expectedPath, actual);

        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            var lines = (Expected: expected.Split('\n'), Actual: actual.Split('\n'));
            var first = Enumerable.Range(0, System.Math.Min(lines.Expected.Length, lines.Actual.Length)).FirstOrDefault(i => lines.Expected[i] != lines.Actual[i]);
            Assert.Fail($"output differs from expected.txt at line {first + 1}:\nexpected: {lines.Expected[first]}\nactual:   {lines.Actual[first]}");
        }
    }

    [Fact]
    public void Rendering_on_many_threads_gives_the_same_bytes_as_one_thread()
    {
        // Each thread renders the whole list in its own order, so shared caches (outlines, glyph lookups) are filled
        // concurrently by different expressions.
        var expressions = Expressions();
        var sequential = Describe(expressions, InOrder(expressions), parallel: false);
        var results = new string[4];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = results.Length },
            t => results[t] = Describe(expressions, t % 2 == 0 ? InOrder(expressions) : [.. InOrder(expressions).Reverse()], parallel: true));
        for (var t = 0; t < results.Length; t++)
            Assert.Equal(sequential, results[t]);
    }

    private static (MathMode Mode, string Tex)[] Expressions() =>
        [.. File.ReadLines(Path.Combine(GoldenFolder(), "expressions.tex"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(':', 2))
            .Select(parts => (parts[0] == "display" ? MathMode.Display : MathMode.Inline, parts[1]))];

    private static int[] InOrder((MathMode Mode, string Tex)[] expressions) => [.. Enumerable.Range(0, expressions.Length)];

    /// <summary>The output for every expression, rendered in the given order, written in fixture order.</summary>
    private static string Describe((MathMode Mode, string Tex)[] expressions, int[] order, bool parallel)
    {
        var entries = new string[expressions.Length];
        if (parallel)
            Parallel.ForEach(order, i => entries[i] = Describe(expressions[i]));
        else
            foreach (var i in order)
                entries[i] = Describe(expressions[i]);

        var text = new StringBuilder();
        foreach (var entry in entries)
            text.Append(entry);

        var glyphIds = expressions.SelectMany(e => MathRenderer.Default.Render(e.Tex, e.Mode, SharedDefinitions).GlyphIds).Distinct().Order(StringComparer.Ordinal);
        text.Append("== glyph definitions\n").Append(MathRenderer.Default.RenderGlyphDefinitions(glyphIds)).Append('\n');
        return text.ToString();
    }

    private static string Describe((MathMode Mode, string Tex) expression)
    {
        var shared = MathRenderer.Default.Render(expression.Tex, expression.Mode, SharedDefinitions);
        var text = new StringBuilder();
        text.Append("== ").Append(expression.Mode == MathMode.Display ? "display: " : "inline: ").Append(expression.Tex).Append('\n');
        text.Append(Invariant($"size {shared.WidthEm} × {shared.HeightEm} + {shared.DepthEm} em, environment {shared.Environment ?? "-"}\n"));
        foreach (var error in shared.Errors)
            text.Append(Invariant($"error at {error.Offset}: {error.Message}\n"));
        foreach (var warning in shared.Warnings)
            text.Append(Invariant($"warning {warning.Code} at {warning.Offset}: {warning.Message}\n"));
        foreach (var row in shared.Rows)
            text.Append(Invariant($"row {row}\n"));
        text.Append("shared: ").Append(shared.Svg).Append('\n');
        text.Append("glyphs: ").AppendJoin(' ', shared.GlyphIds).Append('\n');
        foreach (var piece in shared.LinePieces)
            text.Append(Invariant($"piece {piece.WidthEm} × {piece.HeightEm} + {piece.DepthEm}: {piece.Svg}\n"));
        // Self-contained SVG (outlines inline) for inline math only: the outlines are pinned by the definitions below.
        if (expression.Mode == MathMode.Inline)
            text.Append("inline: ").Append(MathRenderer.Default.Render(expression.Tex, expression.Mode, Inline).Svg).Append('\n');
        return text.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string GoldenFolder([CallerFilePath] string thisFile = "") => Path.Combine(Path.GetDirectoryName(thisFile)!, "Golden");
}
