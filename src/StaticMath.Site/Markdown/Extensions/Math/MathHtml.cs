using System.Globalization;
using System.Net;
using System.Text;
using StaticMath.Math;
using StaticMath.Site.Pipeline;

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
        var html = Builders.Take();
        WriteInline(new HtmlMarkupWriter(html), result, tex);
        return Builders.ToStringAndKeep(html);
    }

    // One builder per thread for a page's equations' HTML (a new one per equation, sized for the engine's SVG, was a
    // quarter of a GB of buffers in a cold 1,000-post build); one grown past a large equation's size is let go.
    private static readonly ReusedStringBuilder Builders = new(initialCapacity: 1024, largestKeptCapacity: 1 << 16);

    /// <summary>Inline math as markup (<see cref="Inline"/>'s HTML, or its tokens).</summary>
    public static void WriteInline(MarkupWriter markup, MathResult result, string tex)
    {
        if (WritesLinePieces(result))
        {
            // The pieces' SVGs are decorative; the span names the equation once.
            markup.Open("span", ("class", "math-inline math-inline--lines"), ("role", "img"), ("aria-label", tex));
            for (var i = 0; i < result.LinePieces.Count; i++)
            {
                if (i > 0) markup.Void("wbr");
                var piece = result.LinePieces[i];
                WriteStretch(markup, piece.Svg, piece.WidthEm, piece.DepthEm);
            }
        }
        else
        {
            markup.Open("span", ("class", "math-inline"));
            WriteStretch(markup, result.Svg, result.WidthEm, result.DepthEm);
        }

        WriteCopyText(markup, "$" + tex + "$");
        markup.Close("span");
    }

    private static void WriteStretch(MarkupWriter markup, string svg, double widthEm, double depthEm)
    {
        if (widthEm <= WideInlineEm)
        {
            WriteSvg(markup, svg);
            return;
        }

        // Wider than a phone's line: its own horizontally scrolling box (math.css), lowered so the SVG's baseline
        // stays on the text's (a scrolling inline-block's baseline is its bottom edge).
        markup.Open("span", ("class", "math-scroll"), ("style", "vertical-align:-" + Em(System.Math.Max(0, depthEm) + WidePaddingEm) + "em"));
        WriteSvg(markup, svg);
        markup.Close("span");
    }

    /// <summary>The SVG as it is into HTML text; into tokens it can only be a placeholder (<see cref="MathSvgSlots"/>).</summary>
    private static void WriteSvg(MarkupWriter markup, string svg)
    {
        if (markup is HtmlMarkupWriter html) html.Raw(svg);
        else MathSvgSlots.WritePlaceholder(markup, svg);
    }

    /// <param name="element">"div" for a display block, "span" for a display inside a paragraph.</param>
    /// <param name="result">Its SVG is written as it is: the engine's, or a placeholder (see <see cref="TypesetEquation.WithSvgsHeld"/>).</param>
    public static string Display(MathResult result, string tex, IReadOnlyList<NumberedRow> rows, string element, string? trailingPunctuation = null)
    {
        var html = Builders.Take();
        WriteDisplay(new HtmlMarkupWriter(html), result, tex, rows, element, trailingPunctuation);
        return Builders.ToStringAndKeep(html);
    }

    /// <summary>A display as markup (<see cref="Display"/>'s HTML, or its tokens).</summary>
    public static void WriteDisplay(MarkupWriter markup, MathResult result, string tex, IReadOnlyList<NumberedRow> rows, string element, string? trailingPunctuation = null)
    {
        var singleLabel = rows.Count == 1 ? rows[0].Label : null;
        var tagged = rows.Any(r => r.TagText is not null || (singleLabel is null && r.Label is not null));
        // A tagged display is a three-column grid (space | equation | tags) so the equation stays centred on the
        // line like an untagged one; see math.css.
        var displayClass = tagged ? "math-display math-display--tagged" : "math-display";
        if (singleLabel is not null) markup.Open(element, ("class", displayClass), ("id", EquationAnchor.IdFor(singleLabel)));
        else markup.Open(element, ("class", displayClass));
        markup.Open(element, ("class", "math-display__body"));
        WriteSvg(markup, result.Svg);
        if (!string.IsNullOrEmpty(trailingPunctuation))
        {
            markup.Open("span", ("class", "math-punct"));
            markup.Text(trailingPunctuation);
            markup.Close("span");
        }

        markup.Close(element);
        WriteTags(markup, result, rows, labelsOnRows: singleLabel is null);
        WriteCopyText(markup, "$$" + tex + "$$");
        markup.Close(element);
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

    private static void WriteTags(MarkupWriter markup, MathResult result, IReadOnlyList<NumberedRow> rows, bool labelsOnRows)
    {
        if (!rows.Any(r => r.TagText is not null || (labelsOnRows && r.Label is not null)))
        {
            return;
        }

        if (rows.Count == 1 && rows[0].TagText is { } onlyTag)
        {
            // One row: the tag is in the flow, aligned by the browser on the equation's baseline (the display
            // body's first baseline is the SVG's math baseline), exactly where LaTeX and MathJax put it.
            markup.Open("span", ("class", "math-tag math-tag--baseline"));
            markup.Text(onlyTag);
            markup.Close("span");
            return;
        }

        markup.Open("span", ("class", "math-tags"));
        // The tags are positioned absolutely (each on its row); this invisible copy of the widest one gives the tag
        // column its width, so a wide equation scrolls instead of running under its tag.
        var widest = rows.Select(r => r.TagText ?? "").MaxBy(t => t.Length) ?? "";
        markup.Open("span", ("class", "math-tag-sizer"), ("aria-hidden", "true"),
            ("style", "display:block;visibility:hidden;height:0;overflow:hidden;white-space:nowrap"));
        markup.Text(widest);
        markup.Close("span");
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var id = labelsOnRows && row.Label is not null ? EquationAnchor.IdFor(row.Label) : null;
            if (row.TagText is null && id is null)
            {
                continue;
            }

            // Each number on its row's baseline when the engine reports it (its centre otherwise).
            var baseline = result.Rows.Count == rows.Count && result.Rows[i].BaselineFromTopEm >= 0 ? result.Rows[i].BaselineFromTopEm : (double?)null;
            var tagClass = ("class", row.TagText is null ? "math-anchor" : "math-tag");
            var top = ("style", "top:" + Em(baseline ?? RowCentre(result, rows.Count, i)) + "em");
            (string, string) position = ("data-position", "baseline");
            if (id is not null && baseline is not null) markup.Open("span", tagClass, ("id", id), position, top);
            else if (id is not null) markup.Open("span", tagClass, ("id", id), top);
            else if (baseline is not null) markup.Open("span", tagClass, position, top);
            else markup.Open("span", tagClass, top);
            markup.Text(row.TagText ?? "");
            markup.Close("span");
        }

        markup.Close("span");
    }

    /// <summary>The row's centre from the top of the SVG; the box centre when the engine reports no row positions.</summary>
    private static double RowCentre(MathResult result, int rowCount, int index) =>
        result.Rows.Count == rowCount ? result.Rows[index].CenterFromTopEm : (result.HeightEm + result.DepthEm) / 2;

    private static void WriteCopyText(MarkupWriter markup, string text)
    {
        markup.Open("span", ("class", "math-tex"), ("aria-hidden", "true"));
        markup.Text(text);
        markup.Close("span");
    }

    private static string Attribute(string value) => WebUtility.HtmlEncode(value);

    private static string Em(double value) => System.Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);
}
