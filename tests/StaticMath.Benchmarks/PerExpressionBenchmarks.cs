using BenchmarkDotNet.Attributes;
using StaticMath.Math;

namespace StaticMath.Benchmarks;

/// <summary>
/// Time and bytes allocated per expression, self-contained SVG (as <c>staticmath math --batch</c> renders them): one
/// simple, one medium and one heavy expression, and every expression of a JSON-lines file (the corpus, from
/// <c>shared/tools/extract-math.py</c>; path in <c>STATICMATH_BENCH_EXPRESSIONS</c>), reported per expression.
/// <c>scripts/bench-math.sh</c> runs these beside MathJax on the same input.
/// </summary>
[MemoryDiagnoser]
public class PerExpressionBenchmarks
{
    private static readonly MathRenderOptions Standalone = new() { GlyphMode = GlyphMode.Inline };
    private (string Tex, MathMode Mode)[] _corpus = [];

    public const string Simple = @"x_i^2";
    public const string Medium = @"\mathbb{E}_{q}\left[\|\epsilon - \epsilon_\theta(\sqrt{\bar\alpha_t}x_0 + \sqrt{1-\bar\alpha_t}\,\epsilon, t)\|^2\right]";
    public const string Heavy = @"\begin{aligned} \nabla_x \log p_t(x) &= -\frac{1}{\sigma_t^2}\left(x - \sqrt{\bar\alpha_t}\,\mathbb{E}[x_0 \mid x_t = x]\right) \\ \frac{\mathrm{d}x}{\mathrm{d}t} &= f(x,t) - \frac{1}{2} g(t)^2 \nabla_x \log p_t(x) \\ \mathcal{L}(\theta) &= \sum_{t=1}^{T} \mathbb{E}_{x_0,\epsilon}\left[ \left\| \epsilon - \epsilon_\theta\left(\sqrt{\bar\alpha_t}x_0 + \sqrt{1-\bar\alpha_t}\epsilon, t\right) \right\|_2^2 \right] \end{aligned}";

    [GlobalSetup]
    public void Setup()
    {
        _corpus = CorpusExpressions.Load();

        // Warm the font, symbol tables and glyph outline cache, as any run does after its first equations.
        Render(Heavy, MathMode.Display);
        Corpus();
    }

    [Benchmark(Description = "simple: x_i^2")]
    public int SimpleExpression() => Render(Simple, MathMode.Inline);

    [Benchmark(Description = "medium: an expectation with delimiters")]
    public int MediumExpression() => Render(Medium, MathMode.Inline);

    [Benchmark(Description = "heavy: a three-line aligned display")]
    public int HeavyExpression() => Render(Heavy, MathMode.Display);

    /// <summary>All corpus expressions once; BenchmarkDotNet divides by <see cref="CorpusExpressions.Size"/>.</summary>
    [Benchmark(Description = "corpus: per expression", OperationsPerInvoke = CorpusExpressions.Size)]
    public int Corpus()
    {
        var length = 0;
        for (var i = 0; i < CorpusExpressions.Size && _corpus.Length > 0; i++)
        {
            var (tex, mode) = _corpus[i % _corpus.Length];
            length += Render(tex, mode);
        }

        return length;
    }

    private static int Render(string tex, MathMode mode) => MathRenderer.Default.Render(tex, mode, Standalone).Svg.Length;
}
