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
    public ParsedMath Parse(string tex, MathMode mode)
    {
        macroScope ??= new Parsing.Macros.MacroScope(Options.Macros);
        return Parsing.ExpressionParser.Parse(tex ?? "", mode, macroScope, Options, Renderer.Font.Id);
    }

    /// <summary>
    /// The key, rows and environment <see cref="Parse"/> would give the expression now, found without parsing it; null
    /// when parsing it could tell more (a definition, a label reference, rows or numbering marks, written or reached
    /// through a macro). A page then parses only the equations a cache does not hold: parsing such an expression later,
    /// with no definition made in between, gives the same tree and key.
    /// </summary>
    public MathOutline? OutlineWithoutParse(string tex, MathMode mode)
    {
        macroScope ??= new Parsing.Macros.MacroScope(Options.Macros);
        return Parsing.ExpressionParser.OutlineWithoutParse(tex ?? "", mode, macroScope, Renderer.Font.Id);
    }

    /// <summary>Whether parsing the expression could change the session (a definition, written or reached through a
    /// macro): a caller that puts parses off parses them before this one.</summary>
    public bool MayDefine(string tex)
    {
        macroScope ??= new Parsing.Macros.MacroScope(Options.Macros);
        return !Parsing.Macros.InertTex.ForScope.IsInert(tex ?? "", macroScope);
    }

    // Site macros plus the page's definitions so far (created on first Parse).
    private Parsing.Macros.MacroScope? macroScope;

    /// <summary>Lays out and writes SVG for a parsed expression.</summary>
    public MathResult Typeset(ParsedMath parsed) => Layout.EquationTypesetter.Typeset(Renderer, Options, parsed);

    public MathResult Render(string tex, MathMode mode) => Typeset(Parse(tex, mode));
}
