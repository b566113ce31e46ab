using BenchmarkDotNet.Attributes;
using StaticMath.Math;
using StaticMath.Math.Layout;
using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Svg;
using StaticMath.Math.Syntax;

namespace StaticMath.Benchmarks;

/// <summary>
/// Where an expression's time and allocations go: parse (tokens, macros, syntax tree, cache key), layout (boxes) and
/// SVG text, each over every corpus expression (<c>STATICMATH_BENCH_EXPRESSIONS</c>, as <see cref="PerExpressionBenchmarks"/>)
/// and reported per expression. Parse and typeset add up to <see cref="PerExpressionBenchmarks.Corpus"/>; typeset is layout,
/// SVG and the rest of the result.
/// </summary>
[MemoryDiagnoser]
public class PhaseBenchmarks
{
    private static readonly MathRenderOptions Standalone = new() { GlyphMode = GlyphMode.Inline };
    private (string Tex, MathMode Mode)[] _corpus = [];
    private ParsedMath[] _parsed = [];
    private Box[] _boxes = [];

    [GlobalSetup]
    public void Setup()
    {
        _corpus = CorpusExpressions.Load();
        _parsed = [.. _corpus.Select(e => Parse(e.Tex, e.Mode))];
        _boxes = [.. _parsed.Select(Layout)];
        Write();
    }

    [Benchmark(Description = "parse", OperationsPerInvoke = CorpusExpressions.Size)]
    public int ParseCorpus()
    {
        var count = 0;
        for (var i = 0; i < CorpusExpressions.Size && _corpus.Length > 0; i++)
        {
            var (tex, mode) = _corpus[i % _corpus.Length];
            count += Parse(tex, mode).Errors.Count;
        }

        return count;
    }

    [Benchmark(Description = "layout", OperationsPerInvoke = CorpusExpressions.Size)]
    public double LayoutCorpus()
    {
        var width = 0.0;
        for (var i = 0; i < CorpusExpressions.Size && _parsed.Length > 0; i++)
            width += Layout(_parsed[i % _parsed.Length]).Width;
        return width;
    }

    [Benchmark(Description = "svg", OperationsPerInvoke = CorpusExpressions.Size)]
    public int Write()
    {
        var length = 0;
        for (var i = 0; i < CorpusExpressions.Size && _boxes.Length > 0; i++)
            length += SvgWriter.Write(_boxes[i % _boxes.Length], MathRenderer.Default.Font, _parsed[i % _parsed.Length].Tex, GlyphMode.Inline, withHtml: false).Svg.Length;
        return length;
    }

    /// <summary>Layout, SVG and the rest of the result (rows, line pieces of inline math): everything after parsing.</summary>
    [Benchmark(Description = "typeset", OperationsPerInvoke = CorpusExpressions.Size)]
    public int TypesetCorpus()
    {
        var length = 0;
        for (var i = 0; i < CorpusExpressions.Size && _parsed.Length > 0; i++)
            length += MathRenderer.Default.CreateSession(Standalone).Typeset(_parsed[i % _parsed.Length]).Svg.Length;
        return length;
    }

    private static ParsedMath Parse(string tex, MathMode mode) => MathRenderer.Default.CreateSession(Standalone).Parse(tex, mode);

    private static Box Layout(ParsedMath parsed)
    {
        var style = parsed.Mode == MathMode.Display ? MathStyle.Display : MathStyle.Text;
        var context = new LayoutContext(MathRenderer.Default.Font, style, Cramped: false, SizeScale: 1.0, new TypesetState(Standalone));
        return MathTypesetter.LayoutRoot(parsed.Root, context, parsed.Mode == MathMode.Inline ? [] : null);
    }
}
