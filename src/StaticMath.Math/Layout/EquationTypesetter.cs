using StaticMath.Math.Layout.Boxes;
using StaticMath.Math.Svg;
using StaticMath.Math.Syntax;

namespace StaticMath.Math.Layout;

/// <summary>Typesets one parsed expression: layout in the mode's style, SVG, size in em, errors and equation rows.</summary>
internal static class EquationTypesetter
{
    public static MathResult Typeset(MathRenderer renderer, MathRenderOptions options, ParsedMath parsed)
    {
        var font = renderer.Font;
        var state = new TypesetState(options);
        var style = parsed.Mode == MathMode.Display ? MathStyle.Display : MathStyle.Text;
        var context = new LayoutContext(font, style, Cramped: false, SizeScale: 1.0, state);
        var lineBreaks = parsed.Mode == MathMode.Inline ? new List<int>() : null;
        var box = MathTypesetter.LayoutRoot(parsed.Root, context, lineBreaks);

        double em = font.UnitsPerEm;
        var widthEm = Round(System.Math.Max(0, box.Width) / em);
        var pieces = options.WholeInlineMathUpToEm is not { } whole || widthEm > whole
            ? LinePieces(box, lineBreaks, font, options)
            : [];
        var piecesOnly = pieces.Count > 1 && options.WholeInlineMathUpToEm is not null;
        var (svg, htmlSvg, glyphIds) = piecesOnly
            ? ("", null, pieces.SelectMany(p => p.GlyphIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray())
            : SvgWriter.Write(box, font, parsed.Tex, options.GlyphMode, options.WithHtmlSvg, options.WithXmlSvg);
        var svgLength = piecesOnly ? pieces.Sum(p => XmlLength(p.Piece.Svg, p.Piece.HtmlSvg)) : XmlLength(svg, htmlSvg);
        if (svgLength > options.MaxSvgLength) return TooLarge(renderer, options, parsed, svgLength);
        return new MathResult
        {
            Svg = svg,
            HtmlSvg = htmlSvg,
            WidthEm = widthEm,
            HeightEm = Round(System.Math.Max(0, box.Height) / em),
            DepthEm = Round(System.Math.Max(0, box.Depth) / em),
            Errors = [.. parsed.Errors, .. state.Errors],
            Warnings = [.. state.Warnings],
            Rows = Rows(parsed, state, box, em),
            Environment = parsed.Environment ?? (parsed.Root as EnvironmentNode)?.Name,
            GlyphIds = glyphIds,
            LinePieces = pieces.Count > 1 ? pieces.ConvertAll(p => p.Piece) : [],
        };
    }

    /// <summary>The root's items cut at its line-break points, each stretch its own (decorative) SVG, with the glyph ids
    /// it uses; empty when there is no break point.</summary>
    /// <summary>The SVG's length as XML, also when only its HTML form was written (the size limit is in XML characters).</summary>
    private static int XmlLength(string svg, Utf8Svg? html) => html?.XmlLength ?? svg.Length;

    private static List<(MathLinePiece Piece, IReadOnlyList<string> GlyphIds)> LinePieces(Box box, List<int>? lineBreaks, OpenType.IMathFont font, MathRenderOptions options)
    {
        if (lineBreaks is not { Count: > 0 } || box is not HBox root)
        {
            return [];
        }

        double em = font.UnitsPerEm;
        var pieces = new List<(MathLinePiece, IReadOnlyList<string>)>(lineBreaks.Count + 1);
        var start = 0;
        foreach (var end in lineBreaks.Append(root.Items.Count))
        {
            if (end <= start)
            {
                continue;
            }

            var stretch = new HBox(root.Items.Skip(start).Take(end - start).ToArray());
            var (svg, html, glyphIds) = SvgWriter.Write(stretch, font, tex: null, options.GlyphMode, options.WithHtmlSvg, options.WithXmlSvg);
            pieces.Add((new MathLinePiece(svg, Round(System.Math.Max(0, stretch.Width) / em),
                Round(System.Math.Max(0, stretch.Height) / em), Round(System.Math.Max(0, stretch.Depth) / em)) { HtmlSvg = html }, glyphIds));
            start = end;
        }

        return pieces;
    }

    private static MathResult TooLarge(MathRenderer renderer, MathRenderOptions options, ParsedMath parsed, int length)
    {
        var placeholder = Parsing.ExpressionParser.Parse("\\text{[equation too large]}", parsed.Mode, new Parsing.Macros.MacroScope(options.Macros), options, renderer.Font.Id);
        var result = Typeset(renderer, options, placeholder);
        return result with
        {
            Errors = [new MathError(0, $"the equation would produce {length:N0} characters of SVG, over the limit of {options.MaxSvgLength:N0}; is a macro or table runaway?", parsed.Tex.Length)],
        };
    }

    private static double Round(double value) => System.Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static IReadOnlyList<MathEquationRow> Rows(ParsedMath parsed, TypesetState state, Box box, double em)
    {
        // The parser's root is a list; a numbered environment is its only item.
        var environment = parsed.Root as EnvironmentNode ?? (parsed.Root is MathList { Items: [EnvironmentNode inner] } ? inner : null);
        var numbered = environment is { Numbered: true };
        var markers = RowCollector.Collect(box);
        if (markers.Count > 0)
        {
            return markers.ConvertAll(m => new MathEquationRow(
                m.Marker.Info.Tag,
                m.Marker.Info.TagIsStarred,
                m.Marker.Info.Label,
                AutoNumbered: numbered && !m.Marker.Info.NoNumber,
                m.Marker.Info.NoNumber,
                Round(m.CenterFromTop / em),
                Round(m.BaselineFromTop / em)));
        }

        // One row: \tag/\label/\notag anywhere in the expression apply to it (the last \tag wins, like amsmath's error recovery).
        var info = parsed.Rows.Count > 0 ? parsed.Rows[0] : new ArrayRowInfo();
        foreach (var meta in state.EquationMeta)
        {
            info = info with
            {
                Tag = meta.Tag ?? info.Tag,
                TagIsStarred = meta.Tag is not null ? meta.TagIsStarred : info.TagIsStarred,
                Label = meta.Label ?? info.Label,
                NoNumber = info.NoNumber || meta.NoNumber,
            };
        }

        var center = (System.Math.Max(0, box.Height) + System.Math.Max(0, box.Depth)) / 2;
        return [new MathEquationRow(info.Tag, info.TagIsStarred, info.Label, numbered && !info.NoNumber, info.NoNumber, Round(center / em),
            Round(System.Math.Max(0, box.Height) / em))];
    }
}
