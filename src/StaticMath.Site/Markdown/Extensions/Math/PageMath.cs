using StaticMath.Site.Core;
using StaticMath.Site.Diagnostics;
using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using StaticMath.Math;
using StaticMath.Site.Pipeline;
using Markdig.Syntax;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Math state of one page: its <see cref="MathSession"/> (site macros plus the page's own definitions), equation
/// numbers and labels, and the glyphs its SVGs use. Two passes: <see cref="Register"/> parses every equation in
/// document order (labels, tags, numbers), then <see cref="Render"/> typesets — from the cache when it can — with
/// references resolved, forward ones included. Used by one thread (the page's).
/// </summary>
public sealed partial class PageMath
{
    private readonly MathBuildServices _services;
    private readonly PageRenderContext? _page;
    // Registered expressions in document order (each node also carries its equation: see Register).
    private readonly List<PageEquation> _equations = [];
    private readonly Dictionary<string, DefinedLabel> _labels = new(StringComparer.Ordinal);
    // Unordered: the definitions are written sorted (a sorted set paid string comparisons for every glyph of every equation).
    private readonly HashSet<string> _glyphIds = new(StringComparer.Ordinal);
    private readonly List<PageEquation> _rawHtml = [];
    // Equations registered with their parse put off (see PageEquation.EngineKey) since the last expression that may
    // define something: those not parsed yet are parsed before the next such expression, so each still sees the
    // definitions made before it and no later one.
    private readonly List<PageEquation> _parseLater = [];
    // Labels defined so far: an equation's cache key holds the numbers it references, so a key made before the last
    // label was defined is made again (see CacheKey). Then the page's entries read from the cache at its first render,
    // when every equation of the page is registered.
    private int _labelsDefined;
    // (Equations typeset on this page join them: a repeat on the page then costs a look-up, not a decode of its entry.)
    private Dictionary<string, TypesetEquation?>? _cached;
    private long? _cacheBatch;
    private MathSession? _session;
    private int _counter;
    private long _mathChars;
    private bool _overBudgetReported;

    public PageMath(MathBuildServices services, PageRenderContext? page)
    {
        _services = services;
        _page = page;
        // The site's math setup problems are this page's too: a rebuild that reuses the page shows them again.
        page?.Diagnostics.AddRange(services.Problems);
        Numbering = PageNumbering(services, page);
    }

    public MathNumbering Numbering { get; }

    public GlyphMode GlyphMode => _services.GlyphMode;

    public static PageMath For(PageRenderContext page) =>
        page.GetOrAddFeature(() => new PageMath(MathBuildServices.For(page.Build), page));

    private MathSession Session => _session ??= _services.Renderer.CreateSession(new MathRenderOptions
    {
        Macros = _services.Macros,
        GlyphMode = _services.GlyphMode,
        ResolveReference = ResolveLabel,
        // The page shows narrower inline math whole and wider as its pieces (MathHtml.WritesLinePieces).
        WholeInlineMathUpToEm = MathHtml.BreakableInlineEm,
        // The page keeps each SVG in its HTML form (EquationSvg): written by the engine, not converted from its XML,
        // which only a page without held SVGs (a standalone render, see Render) writes.
        WithHtmlSvg = true,
        WithXmlSvg = MathSvgSlots.For(_page) is null,
    });

    /// <summary>First pass for one expression (idempotent): parse, number display rows, record labels.</summary>
    /// <remarks>The node keeps its equation under this page's key (Markdig's per-node data): a look-up there costs less
    /// than hashing the node, and a node rendered again for another page state gets its own.</remarks>
    public PageEquation Register<TExpression>(TExpression expression) where TExpression : MarkdownObject, IMathExpression
    {
        if (expression.GetData(this) is PageEquation known) return known;
        var attributeLabel = (expression as MathBlock)?.AttributeLabel;
        var equation = ParseLater(expression.Tex, expression.IsDisplay, expression.TexLine, expression.TexColumn, attributeLabel)
            ?? Parse(expression.Tex, expression.IsDisplay, expression.TexLine, expression.TexColumn, attributeLabel);
        expression.SetData(this, equation);
        _equations.Add(equation);
        return equation;
    }

    /// <summary>Registers math found in a raw HTML block (it has no Markdown node); numbered like any display.</summary>
    public void RegisterRaw(string tex, bool display, int bodyLine, int bodyColumn) =>
        _rawHtml.Add(Parse(tex, display, bodyLine, bodyColumn));

    public bool HasRawHtmlMath => _rawHtml.Count > 0;

    /// <summary>The first registered raw-HTML expression with this TeX and mode not rendered yet, or null.</summary>
    public PageEquation? TakeRaw(string tex, bool display)
    {
        var index = _rawHtml.FindIndex(e => e.IsDisplay == display && string.Equals(e.Tex, tex, StringComparison.Ordinal));
        if (index < 0)
        {
            return null;
        }

        var equation = _rawHtml[index];
        _rawHtml.RemoveAt(index);
        return equation;
    }

    /// <summary>The label's number text ("3", or a tag's text), null when unknown or unnumbered.</summary>
    public string? ResolveLabel(string label) => _labels.TryGetValue(label, out var defined) ? defined.Row.ReferenceText : null;

    public bool HasLabel(string label) => _labels.ContainsKey(label);

    /// <summary>Second pass: typeset (or read from the cache) and wrap in HTML.</summary>
    /// <param name="element">"div" for a display block, "span" inside a paragraph.</param>
    /// <param name="segments">The page's fragment parts: given, a typeset equation's HTML goes there and its marker is returned.</param>
    public string Render(PageEquation equation, string element, string? trailingPunctuation = null, FragmentSegments? segments = null)
    {
        _services.Counters.Add(MathBuildServices.EquationsCounter);
        if (equation.Parsed is null && equation.EngineKey is null)
        {
            Warn(DiagnosticCodes.MathEngineFailure, equation.BodyLine, equation.BodyColumn, "the math engine failed on this expression: " + equation.Failure);
            return MathHtml.Error(equation.Tex, "math engine failure: " + equation.Failure, equation.IsDisplay, element);
        }

        foreach (var label in equation.Parsed?.ReferencedLabels.Distinct(StringComparer.Ordinal) ?? [])
        {
            if (UnresolvedReferenceProblem(label) is { } problem)
            {
                Warn(DiagnosticCodes.UnresolvedEquationReference, equation.BodyLine, equation.BodyColumn, "\\ref/\\eqref in this equation: " + problem);
            }
        }

        var budget = _page?.Build.Options.MaxPageMathChars ?? Core.OutputBudget.MaxPageMathChars;
        if (_mathChars > budget)
        {
            if (!_overBudgetReported)
                Warn(DiagnosticCodes.PageMathTooLarge, equation.BodyLine, equation.BodyColumn,
                    $"this page's math has produced more than {budget} characters of SVG; from here on equations stay as their TeX");
            _overBudgetReported = true;
            // Plain text, not an element per equation: millions of them would still exhaust the page's HTML tools.
            return System.Net.WebUtility.HtmlEncode((equation.IsDisplay ? "$$" + equation.Tex + "$$" : "$" + equation.Tex + "$") + trailingPunctuation);
        }

        // The cache serves equations in their final form, for a page whose SVGs are held aside; a page without that
        // (a standalone render) writes the engine's SVGs.
        var slots = MathSvgSlots.For(_page);
        MathResult result;
        TypesetEquation? typeset = null;
        try
        {
            if (slots is null)
            {
                result = Typeset(ParsedOf(equation));
            }
            else
            {
                typeset = TypesetOrReadCache(equation);
                result = typeset.Result;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // An engine bug must cost one equation, not the page.
            Warn(DiagnosticCodes.MathEngineFailure, equation.BodyLine, equation.BodyColumn, "the math engine failed on this expression: " + e.Message);
            return MathHtml.Error(equation.Tex, "math engine failure: " + e.Message, equation.IsDisplay, element);
        }

        if (result.HasErrors)
        {
            foreach (var error in result.Errors)
            {
                var (line, column) = Locate(equation, error.Offset);
                Warn(error.Code ?? DiagnosticCodes.TexError, line, column, WithFilePositions(equation, error.Message));
            }

            // An undefined macro marks itself in red and the rest is worth showing (as MathJax does); anything else
            // makes the whole rendering untrustworthy, so the reader sees the source and the message instead.
            if (!result.HasOnlyLocalErrors)
            {
                return MathHtml.Error(equation.Tex, string.Join("; ", result.Errors.Select(e => e.Message)), equation.IsDisplay, element);
            }
        }

        foreach (var warning in result.Warnings)
        {
            var (line, column) = Locate(equation, warning.Offset);
            Warn(warning.Code ?? DiagnosticCodes.TexError, line, column, WithFilePositions(equation, warning.Message));
        }

        foreach (var id in result.GlyphIds)
        {
            _glyphIds.Add(id);
        }

        var heldBefore = slots?.HeldChars ?? 0;
        var written = typeset is null ? result : typeset.WithSvgsHeld(slots!.Hold);
        var html = equation.IsDisplay
            ? MathHtml.Display(written, equation.Tex, equation.Rows, element, trailingPunctuation)
            : MathHtml.Inline(written, equation.Tex);
        _mathChars += html.Length + (slots?.HeldChars ?? 0) - heldBefore;
        if (segments is null || typeset is null) return html;
        var tex = equation.Tex;
        var rows = equation.Rows;
        return equation.IsDisplay
            ? segments.Add(html, markup => MathHtml.WriteDisplay(markup, written, tex, rows, element, trailingPunctuation))
            : segments.Add(html, markup => MathHtml.WriteInline(markup, written, tex));
    }

    /// <summary>A reference written in running text: a link to the equation, or "(??)" and a warning.</summary>
    /// <param name="quartoPrefix">For Quarto's <c>@eq-x</c>: the word shown before the number (see <see cref="MathReferenceInline.QuartoPrefix"/>).</param>
    public string RenderReference(string label, bool withParentheses, int bodyLine, int bodyColumn, string? quartoPrefix = null)
    {
        var text = ResolveLabel(label);
        if (UnresolvedReferenceProblem(label) is { } problem)
        {
            Warn(DiagnosticCodes.UnresolvedEquationReference, bodyLine, bodyColumn, problem);
        }

        return MathHtml.Reference(label, text, withParentheses, quartoPrefix);
    }

    /// <summary>The page's hidden <c>&lt;svg&gt;&lt;defs&gt;</c>, or null when no SVG needs shared glyphs.</summary>
    public string? GlyphDefinitionsHtml() =>
        _glyphIds.Count == 0 || _services.GlyphMode != GlyphMode.SharedDefinitions ? null : _services.Renderer.RenderGlyphDefinitions(_glyphIds);

    /// <summary>An equation whose parse is put off (what the page needs before typesetting is known without it), or
    /// null when it must be parsed now.</summary>
    private PageEquation? ParseLater(string tex, bool display, int bodyLine, int bodyColumn, string? attributeLabel)
    {
        if (Session.OutlineWithoutParse(tex, display ? MathMode.Display : MathMode.Inline) is not { } outline) return null;
        var rows = display ? NumberRows(tex, outline.Environment, outline.Rows, attributeLabel, bodyLine, bodyColumn) : [];
        var equation = new PageEquation { Tex = tex, IsDisplay = display, BodyLine = bodyLine, BodyColumn = bodyColumn, EngineKey = outline.CacheKey, Rows = rows };
        _parseLater.Add(equation);
        return equation;
    }

    /// <summary>The equation's parse: made now when it was put off.</summary>
    /// <exception cref="Exception">Whatever the engine threw; it is kept as the equation's failure as well.</exception>
    private ParsedMath ParsedOf(PageEquation equation)
    {
        if (equation.Parsed is { } parsed) return parsed;
        if (equation.Failure is { } failure) throw new InvalidOperationException(failure);
        // No definition was made since it was registered (those parse the equations put off first), so the scope is
        // the one it was registered in.
        return ParsePutOff(equation);
    }

    private ParsedMath ParsePutOff(PageEquation equation)
    {
        try
        {
            return equation.Parsed = Session.Parse(equation.Tex, equation.IsDisplay ? MathMode.Display : MathMode.Inline);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            equation.Failure = e.Message;
            throw;
        }
    }

    private PageEquation Parse(string tex, bool display, int bodyLine, int bodyColumn, string? attributeLabel = null)
    {
        var mode = display ? MathMode.Display : MathMode.Inline;
        // An expression that may define something changes the scope the equations put off must still be parsed in.
        if (_parseLater.Count > 0 && Session.MayDefine(tex))
        {
            foreach (var waiting in _parseLater)
            {
                if (waiting.Parsed is not null || waiting.Failure is not null) continue;
                try
                {
                    ParsePutOff(waiting);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // Kept as the equation's failure: its render reports it, as for any equation.
                }
            }

            _parseLater.Clear();
        }

        ParsedMath parsed;
        try
        {
            parsed = Session.Parse(tex, mode);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new PageEquation { Tex = tex, IsDisplay = display, BodyLine = bodyLine, BodyColumn = bodyColumn, Failure = e.Message };
        }

        var rows = display ? NumberRows(tex, parsed.Environment, parsed.Rows, attributeLabel, bodyLine, bodyColumn) : [];
        return new PageEquation { Tex = tex, IsDisplay = display, BodyLine = bodyLine, BodyColumn = bodyColumn, Parsed = parsed, Rows = rows };
    }

    /// <summary>A display's numbered rows, its labels recorded for references.</summary>
    private IReadOnlyList<NumberedRow> NumberRows(string tex, string? environment, IReadOnlyList<StaticMath.Math.Syntax.ArrayRowInfo> parsedRows, string? attributeLabel, int bodyLine, int bodyColumn)
    {
        var rows = EquationNumbering.Assign(environment, parsedRows, Numbering, ref _counter);
        if (attributeLabel is not null)
        {
            rows = EquationNumbering.WithAttributeLabel(rows, attributeLabel, ref _counter);
        }

        foreach (var row in rows)
        {
            if (row.Label is null)
            {
                continue;
            }

            if (!_labels.TryAdd(row.Label, new DefinedLabel(row, LabelLine(tex, bodyLine, bodyColumn, row.Label))))
            {
                Warn(DiagnosticCodes.DuplicateEquationLabel, bodyLine, bodyColumn, $"equation label '{row.Label}' is defined twice on this page");
            }
            else
            {
                _labelsDefined++;
            }
        }

        return rows;
    }

    private TypesetEquation TypesetOrReadCache(PageEquation equation)
    {
        if (_services.Cache is not { } cache)
        {
            return TypesetEquation.FromEngine(Typeset(ParsedOf(equation)));
        }

        var key = CacheKey(equation);
        _cached ??= cache.ReadMany(RegisteredCacheKeys());
        if (cache.TryGet(key, _cached, out var cached))
        {
            _services.Counters.Add(MathBuildServices.FromCacheCounter);
            return cached;
        }

        var typeset = TypesetEquation.FromEngine(Typeset(ParsedOf(equation)));
        cache.Put(key, typeset, _cacheBatch ??= cache.NewBatch());
        _cached[key] = typeset;
        return typeset;
    }

    private MathResult Typeset(ParsedMath parsed)
    {
        var result = Session.Typeset(parsed);
        _services.Counters.Add(MathBuildServices.TypesetCounter);
        return result;
    }

    /// <summary>The keys of every equation registered on the page: all of them once the numbering pass has run.</summary>
    private HashSet<string> RegisteredCacheKeys()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var equation in _equations.Concat(_rawHtml))
        {
            if (equation.Parsed is not null || equation.EngineKey is not null) keys.Add(CacheKey(equation));
        }

        return keys;
    }

    /// <summary>The cache key: the engine's key of the equation plus its glyph mode and the numbers it references.</summary>
    private string CacheKey(PageEquation equation)
    {
        if (equation.CacheKey is { } known && equation.CacheKeyLabels == _labelsDefined) return known;
        equation.CacheKeyLabels = _labelsDefined;
        // An equation whose parse is put off references no label.
        if (equation.Parsed is not { } parsed) return equation.CacheKey = MathCache.KeyFor(equation.EngineKey!, _services.GlyphMode, []);
        // Most equations reference no label: no set, projection and sort for nothing (a key per equation of every page).
        IEnumerable<KeyValuePair<string, string>> references = parsed.ReferencedLabels.Count == 0 ? [] : parsed.ReferencedLabels
            .Distinct(StringComparer.Ordinal)
            .Select(label => new KeyValuePair<string, string>(label, ResolveLabel(label) ?? "??"));
        return equation.CacheKey = MathCache.KeyFor(parsed.CacheKey, _services.GlyphMode, references);
    }

    /// <summary>The body line of the label's <c>\label{…}</c> in the TeX (the equation's line when not written there).</summary>
    private static int LabelLine(string tex, int bodyLine, int bodyColumn, string label)
    {
        var at = tex.IndexOf(@"\label{" + label, StringComparison.Ordinal);
        return at < 0 ? bodyLine : Locate(tex, bodyLine, bodyColumn, at).Line;
    }

    private static (int Line, int Column) Locate(PageEquation equation, int offset) =>
        Locate(equation.Tex, equation.BodyLine, equation.BodyColumn, offset);

    /// <summary>
    /// The engine names a second position in its message ("{ opened at offset 5") as an offset in the TeX; a reader
    /// needs it in the file, as the diagnostic's own position is.
    /// </summary>
    private string WithFilePositions(PageEquation equation, string message)
    {
        if (_page is null || equation.BodyLine < 0) return message;
        return OffsetMention().Replace(message, m =>
        {
            var (line, column) = Locate(equation, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            return string.Create(CultureInfo.InvariantCulture, $"at line {_page.FileLine(line)}, column {column + 1}");
        });
    }

    [GeneratedRegex(@"\bat offset (\d+)")]
    private static partial Regex OffsetMention();

    /// <summary>File position of a character of the TeX: lines are exact, columns too on the TeX's first line.</summary>
    private static (int Line, int Column) Locate(string tex, int bodyLine, int bodyColumn, int offset)
    {
        if (bodyLine < 0)
        {
            return (-1, 0);
        }

        offset = System.Math.Clamp(offset, 0, tex.Length);
        var newlines = 0;
        var lastNewline = -1;
        for (var i = 0; i < offset; i++)
        {
            if (tex[i] == '\n')
            {
                newlines++;
                lastNewline = i;
            }
        }

        return newlines == 0
            ? (bodyLine, bodyColumn + offset)
            : (bodyLine + newlines, offset - lastNewline - 1);
    }

    /// <summary>Why a reference to the label cannot show a number (null when it can): the label does not exist, or
    /// it sits on an equation without a number — al-folio posts written for MathJax's <c>tags: 'ams'</c> built with
    /// numbering off, or a <c>\label</c> inside <c>equation*</c>. Both would otherwise print "(??)" silently.</summary>
    private string? UnresolvedReferenceProblem(string label)
    {
        if (!_labels.TryGetValue(label, out var defined))
        {
            return $"unknown equation label '{label}'";
        }

        if (defined.Row.ReferenceText is not null)
        {
            return null;
        }

        var where = defined.BodyLine >= 0 && _page is not null ? $" (line {_page.FileLine(defined.BodyLine)})" : "";
        return $"equation label '{label}'{where} is on an unnumbered equation, so references to it show (??): " +
               "set math.numbering: ams (MathJax's tags: 'ams') in staticmath.yml or the front matter, use an unstarred environment, or add \\tag{…}";
    }

    private void Warn(string code, int bodyLine, int bodyColumn, string message)
    {
        if (_page is null)
        {
            return;
        }

        if (bodyLine < 0)
        {
            _page.Diagnostics.Warning(code, _page.SourcePath, 0, 0, message);
        }
        else
        {
            _page.WarningAtBody(code, bodyLine, bodyColumn, message);
        }
    }

    /// <summary>A label and the 0-based body line of the equation that defines it.</summary>
    private sealed record DefinedLabel(NumberedRow Row, int BodyLine);

    private static MathNumbering PageNumbering(MathBuildServices services, PageRenderContext? page)
    {
        // Front matter `math: {numbering: ams}` overrides the site's setting for one page.
        if (page?.Page.FrontMatter.TryGetValue("math", out var math) == true
            && Lookup(math, "numbering") is string text
            && MathConfig.TryParseNumbering(text, out var numbering))
        {
            return numbering;
        }

        return services.Numbering;
    }

    private static object? Lookup(object? map, string key) => map switch
    {
        IReadOnlyDictionary<string, object?> typed => typed.TryGetValue(key, out var value) ? value : null,
        IDictionary untyped => untyped.Contains(key) ? untyped[key] : null,
        _ => null,
    };
}
