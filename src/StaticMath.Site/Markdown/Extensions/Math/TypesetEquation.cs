using StaticMath.Math;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// An equation as a page writes it, and what the math cache keeps: the engine's result (sizes, rows, problems, glyph
/// ids) and the SVGs the page writes — a breakable inline equation's line pieces, else the whole — in their final form.
/// Read from the cache, <see cref="Result"/> carries no SVG text (only <see cref="Svgs"/> is needed).
/// </summary>
public sealed class TypesetEquation
{
    public required MathResult Result { get; init; }

    /// <summary>In the order <see cref="MathHtml"/> writes them: the line pieces when <see cref="MathHtml.WritesLinePieces"/>, else the one SVG.</summary>
    public required IReadOnlyList<EquationSvg> Svgs { get; init; }

    public static TypesetEquation FromEngine(MathResult result) => new()
    {
        Result = result,
        Svgs = MathHtml.WritesLinePieces(result)
            ? result.LinePieces.Select(p => EquationSvg.FromEngine(p.Svg, p.HtmlSvg)).ToArray()
            : [EquationSvg.FromEngine(result.Svg, result.HtmlSvg)],
    };

    /// <summary>The result <see cref="MathHtml"/> writes into a page whose SVGs wait in <paramref name="hold"/>: each
    /// written SVG replaced by what <paramref name="hold"/> gives for it (its placeholder).</summary>
    public MathResult WithSvgsHeld(Func<EquationSvg, string> hold)
    {
        if (!MathHtml.WritesLinePieces(Result))
        {
            return Result with { Svg = hold(Svgs[0]) };
        }

        var pieces = new MathLinePiece[Result.LinePieces.Count];
        for (var i = 0; i < pieces.Length; i++)
        {
            pieces[i] = Result.LinePieces[i] with { Svg = hold(Svgs[i]) };
        }

        return Result with { LinePieces = pieces };
    }
}
