namespace StaticMath.Math;

/// <summary>
/// Per-page rendering state: the macro scope (site macros plus definitions made on the page so far).
/// Not thread-safe: one page is rendered by one thread; different sessions may run in parallel.
/// </summary>
public sealed class MathSession
{
    internal MathSession(MathRenderer renderer, MathRenderOptions options)
    {
        Renderer = renderer;
        Options = options;
    }

    public MathRenderer Renderer { get; }

    public MathRenderOptions Options { get; }

    /// <summary>Parses, applying any macro definitions in the expression to this session.</summary>
    public ParsedMath Parse(string tex, MathMode mode) => throw new NotImplementedException("math engine: part 1");

    /// <summary>Lays out and writes SVG for a parsed expression.</summary>
    public MathResult Typeset(ParsedMath parsed) => Layout.EquationTypesetter.Typeset(Renderer, Options, parsed);

    public MathResult Render(string tex, MathMode mode) => Typeset(Parse(tex, mode));
}
