using BenchmarkDotNet.Attributes;
using StaticMath.Math;

namespace StaticMath.Benchmarks;

/// <summary>Throughput of the math engine on a fixed equation mix: parse only, and parse + layout + SVG.</summary>
[MemoryDiagnoser]
public class MathRenderBenchmarks
{
    private MathRenderer _renderer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _renderer = MathRenderer.Default;
        // Warm the font, symbol tables and glyph outline cache, as a site build would after its first page.
        RenderAll();
    }

    [Benchmark(Description = "parse 20 equations")]
    public int ParseAll()
    {
        var session = _renderer.CreateSession();
        var count = 0;
        foreach (var tex in SampleEquations.Inline) count += session.Parse(tex, MathMode.Inline).Errors.Count;
        foreach (var tex in SampleEquations.Display) count += session.Parse(tex, MathMode.Display).Errors.Count;
        return count;
    }

    [Benchmark(Description = "render 20 equations")]
    public int RenderAll()
    {
        var session = _renderer.CreateSession();
        var length = 0;
        foreach (var tex in SampleEquations.Inline) length += session.Render(tex, MathMode.Inline).Svg.Length;
        foreach (var tex in SampleEquations.Display) length += session.Render(tex, MathMode.Display).Svg.Length;
        return length;
    }
}
