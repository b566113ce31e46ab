using System.Globalization;
using System.Net;
using System.Text;
using StaticMath.Math;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// The HTML around the engine's SVG (class names match the theme's <c>assets/css/math.css</c>): inline math in the
/// text flow, displays centred with their tags at the right (each on its row's baseline), the TeX kept in a
/// visually hidden span so copying the text yields it, and a visible box for TeX errors. No script anywhere.
/// </summary>
public static class MathHtml
{
    /// <summary>Inline math wider than this (em) is set as pieces a line may break between (after relations and
    /// binary operators, as TeX and KaTeX do), so it neither runs past a phone's edge nor leaves a gaping line before it.</summary>
    public const double BreakableInlineEm = 6;

    /// <summary>An unbreakable stretch wider than this (em) may not fit a phone's line (about 20em of text), so it
    /// scrolls in its own box.</summary>
    public const double WideInlineEm = 14;

    /// <summary>Room above and below a scrolling stretch, so glyph ink past the SVG's box is not clipped (em; math.css).</summary>
    public const double WidePaddingEm = 0.15;

    /// <summary>True when inline math is written as its line pieces, false when as its whole SVG.</summary>
    public static bool WritesLinePieces(MathResult result) => result.LinePieces.Count > 1 && result.WidthEm > BreakableInlineEm;

    /// <param name="result">Its SVGs are written as they are: the engine's, or placeholders (see <see cref="TypesetEquation.WithSvgsHeld"/>).</param>
    public static string Inline(MathResult result, string tex)
    {
        var html = new StringBuilder(result.Svg.Length * 2 + tex.Length + 128);
        if (WritesLinePieces(result))
        {
            // The pieces' SVGs are decorative; the span names the equation once.
            html.Append("<span class=\"math-inline math-inline--lines\" role=\"img\" aria-label=\"").Append(Attribute(tex)).Append("\">");
            for (var i = 0; i < result.LinePieces.Count; i++)
            {
                if (i > 0) html.Append("<wbr>");
                var piece = result.LinePieces[i];
                AppendStretch(html, piece.Svg, piece.WidthEm, piece.DepthEm);
            }
        }
        else
        {
            html.Append("<span class=\"math-inline\">");
            AppendStretch(html, result.Svg, result.WidthEm, result.DepthEm);
        }

        AppendCopyText(html, "$" + tex + "$");
        return html.Append("</span>").ToString();
    }

    private static void AppendStretch(StringBuilder html, string svg, double widthEm, double depthEm)
    {
        if (widthEm <= WideInlineEm)
        {
            html.Append(svg);
            return;
        }

        // Wider than a phone's line: its own horizontally scrolling box (math.css), lowered so the SVG's baseline
        // stays on the text's (a scrolling inline-block's baseline is its bottom edge).
        html.Append("<span class=\"math-scroll\" style=\"vertical-align:-").Append(Em(System.Math.Max(0, depthEm) + WidePaddingEm))
            .Append("em\">").Append(svg).Append("</span>");
    }

    /// <param name="element">"div" for a display block, "span" for a display inside a paragraph.</param>
    /// <param name="result">Its SVG is written as it is: the engine's, or a placeholder (see <see cref="TypesetEquation.WithSvgsHeld"/>).</param>
    public static string Display(MathResult result, string tex, IReadOnlyList<NumberedRow> rows, string element, string? trailingPunctuation = null)
    {
        var html = new StringBuilder(result.Svg.Length + tex.Length + 256);
        var singleLabel = rows.Count == 1 ? rows[0].Label : null;
        var tagged = rows.Any(r => r.TagText is not null || (singleLabel is null && r.Label is not null));
        // A tagged display is a three-column grid (space | equation | tags) so the equation stays centred on the
        // line like an untagged one; see math.css.
        html.Append('<').Append(element).Append(tagged ? " class=\"math-display math-display--tagged\"" : " class=\"math-display\"");
        if (singleLabel is not null)
        {
            html.Append(" id=\"").Append(Attribute(EquationAnchor.IdFor(singleLabel))).Append('"');
        }

        html.Append("><").Append(element).Append(" class=\"math-display__body\">").Append(result.Svg);
        if (!string.IsNullOrEmpty(trailingPunctuation))
        {
            html.Append("<span class=\"math-punct\">").Append(WebUtility.HtmlEncode(trailingPunctuation)).Append("</span>");
        }

        html.Append("</").Append(element).Append('>');
        AppendTags(html, result, rows, labelsOnRows: singleLabel is null);
        AppendCopyText(html, "$$" + tex + "$$");
        return html.Append("</").Append(element).Append('>').ToString();
    }

    public static string Error(string tex, string message, bool display, string element)
    {
        var html = new StringBuilder(tex.Length + message.Length + 128);
        if (display)
        {
            html.Append('<').Append(element).Append(" class=\"math-error\" role=\"note\"><span class=\"math-error__message\">")
                .Append(WebUtility.HtmlEncode(message)).Append("</span>")
                .Append(WebUtility.HtmlEncode(tex)).Append("</").Append(element).Append('>');
        }
        else
        {
            html.Append("<span class=\"math-error\" role=\"note\" title=\"").Append(Attribute(message)).Append("\">")
                .Append(WebUtility.HtmlEncode("$" + tex + "$")).Append("</span>");
        }

        return html.ToString();
    }

    /// <summary>A link for <c>\eqref</c>/<c>\ref</c> in running text, or a visible "(??)" for an unknown label.</summary>
    /// <param name="quartoPrefix">Quarto's <c>@eq-x</c> style: "Equation&#160;3", and "?@eq-x" in bold when unknown (as Quarto).</param>
    public static string Reference(string label, string? referenceText, bool withParentheses, string? quartoPrefix = null)
    {
        var text = ReferenceText(label, referenceText, withParentheses, quartoPrefix);
        if (referenceText is null)
        {
            var element = quartoPrefix is null ? "span" : "strong";
            return "<" + element + " class=\"math-ref math-ref--unknown\" title=\"" + Attribute("unknown equation label: " + label) + "\">" +
                   WebUtility.HtmlEncode(text) + "</" + element + ">";
        }

        return "<a class=\"math-ref\" href=\"#" + Attribute(EquationAnchor.IdFor(label)) + "\">" + WebUtility.HtmlEncode(text) + "</a>";
    }

    /// <summary>The visible text of a reference: "(3)", "3", "Equation 3" (no-break space), or the unknown forms.</summary>
    public static string ReferenceText(string label, string? referenceText, bool withParentheses, string? quartoPrefix = null)
    {
        if (quartoPrefix is not null)
        {
            return referenceText is null ? "?@" + label : quartoPrefix.Length == 0 ? referenceText : quartoPrefix + "\u00A0" + referenceText;
        }

        var number = referenceText ?? "??";
        return withParentheses ? "(" + number + ")" : number;
    }

    private static void AppendTags(StringBuilder html, MathResult result, IReadOnlyList<NumberedRow> rows, bool labelsOnRows)
    {
        if (!rows.Any(r => r.TagText is not null || (labelsOnRows && r.Label is not null)))
        {
            return;
        }

        if (rows.Count == 1 && rows[0].TagText is { } onlyTag)
        {
            // One row: the tag is in the flow, aligned by the browser on the equation's baseline (the display
            // body's first baseline is the SVG's math baseline), exactly where LaTeX and MathJax put it.
            html.Append("<span class=\"math-tag math-tag--baseline\">").Append(WebUtility.HtmlEncode(onlyTag)).Append("</span>");
            return;
        }

        html.Append("<span class=\"math-tags\">");
        // The tags are positioned absolutely (each on its row); this invisible copy of the widest one gives the tag
        // column its width, so a wide equation scrolls instead of running under its tag.
        var widest = rows.Select(r => r.TagText ?? "").MaxBy(t => t.Length) ?? "";
        html.Append("<span class=\"math-tag-sizer\" aria-hidden=\"true\" style=\"display:block;visibility:hidden;height:0;overflow:hidden;white-space:nowrap\">")
            .Append(WebUtility.HtmlEncode(widest)).Append("</span>");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var id = labelsOnRows && row.Label is not null ? EquationAnchor.IdFor(row.Label) : null;
            if (row.TagText is null && id is null)
            {
                continue;
            }

            html.Append("<span class=\"").Append(row.TagText is null ? "math-anchor" : "math-tag").Append('"');
            if (id is not null)
            {
                html.Append(" id=\"").Append(Attribute(id)).Append('"');
            }

            // Each number on its row's baseline when the engine reports it (its centre otherwise).
            var baseline = result.Rows.Count == rows.Count && result.Rows[i].BaselineFromTopEm >= 0 ? result.Rows[i].BaselineFromTopEm : (double?)null;
            if (baseline is not null) html.Append(" data-position=\"baseline\"");
            html.Append(" style=\"top:").Append(Em(baseline ?? RowCentre(result, rows.Count, i))).Append("em\">")
                .Append(WebUtility.HtmlEncode(row.TagText ?? "")).Append("</span>");
        }

        html.Append("</span>");
    }

    /// <summary>The row's centre from the top of the SVG; the box centre when the engine reports no row positions.</summary>
    private static double RowCentre(MathResult result, int rowCount, int index) =>
        result.Rows.Count == rowCount ? result.Rows[index].CenterFromTopEm : (result.HeightEm + result.DepthEm) / 2;

    private static void AppendCopyText(StringBuilder html, string text) =>
        html.Append("<span class=\"math-tex\" aria-hidden=\"true\">").Append(WebUtility.HtmlEncode(text)).Append("</span>");

    private static string Attribute(string value) => WebUtility.HtmlEncode(value);

    private static string Em(double value) => System.Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);
}
