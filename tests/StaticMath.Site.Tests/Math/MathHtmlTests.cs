using AngleSharp.Html.Parser;
using StaticMath.Math;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Math;

public sealed class MathHtmlTests
{
    private static MathResult Result(params double[] rowCentres) => new()
    {
        Svg = "<svg class=\"eq\" role=\"img\" aria-label=\"x\"></svg>",
        WidthEm = 3,
        HeightEm = 2,
        DepthEm = 1,
        Rows = rowCentres.Select(c => new MathEquationRow(null, false, null, false, false, c)).ToList(),
    };

    private static AngleSharp.Dom.IElement Parse(string html)
    {
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        return document.Body!.FirstElementChild!;
    }

    [Fact]
    public void Inline_math_keeps_the_svg_in_the_flow_and_the_tex_for_copying()
    {
        var element = Parse(MathHtml.Inline(Result(), "a<b"));
        Assert.Equal("SPAN", element.TagName);
        Assert.Equal("math-inline", element.ClassName);
        Assert.NotNull(element.QuerySelector("svg.eq"));
        Assert.Equal("$a<b$", element.QuerySelector(".math-tex")!.TextContent);
    }

    [Fact]
    public void Long_inline_math_is_set_as_pieces_a_line_may_break_between()
    {
        var tex = @"f(x) = a_1 x + a_2 x^2 + a_3 x^3 + a_4 x^4";
        var result = MathRenderer.Default.Render(tex, MathMode.Inline);
        Assert.True(result.WidthEm > MathHtml.BreakableInlineEm);
        var element = Parse(MathHtml.Inline(result, tex));
        Assert.Equal(["math-inline", "math-inline--lines"], element.ClassList);
        Assert.Equal("img", element.GetAttribute("role"));
        Assert.Equal(tex, element.GetAttribute("aria-label"));
        var pieces = element.QuerySelectorAll(":scope > svg");
        Assert.Equal(5, pieces.Length);
        Assert.All(pieces, svg => Assert.Equal("true", svg.GetAttribute("aria-hidden")));
        Assert.Equal(4, element.QuerySelectorAll(":scope > wbr").Length);
        Assert.Equal("$" + tex + "$", element.QuerySelector(".math-tex")!.TextContent);
    }

    [Fact]
    public void Short_inline_math_stays_one_picture()
    {
        var result = MathRenderer.Default.Render("a = b", MathMode.Inline);
        Assert.NotEmpty(result.LinePieces);
        var element = Parse(MathHtml.Inline(result, "a = b"));
        Assert.Equal("math-inline", element.ClassName);
        Assert.Single(element.QuerySelectorAll("svg"));
        Assert.Empty(element.QuerySelectorAll("wbr"));
    }

    [Fact]
    public void Wide_inline_math_that_cannot_break_scrolls_in_its_own_box_on_the_text_baseline()
    {
        var tex = @"\left(a_1 b_1 c_1 d_1 e_1 f_1 g_1 h_1 i_1 j_1 k_1 l_1 m_1 n_1 o_1 p_1 q_1 r_1 s_1 t_1ight)";
        var result = MathRenderer.Default.Render(tex, MathMode.Inline);
        Assert.True(result.WidthEm > MathHtml.WideInlineEm);
        var element = Parse(MathHtml.Inline(result, tex));
        var scroll = element.QuerySelector(":scope > .math-scroll")!;
        Assert.NotNull(scroll.QuerySelector("svg[role=img]"));
        var expected = System.Math.Round(result.DepthEm + MathHtml.WidePaddingEm, 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("vertical-align:-" + expected + "em", scroll.GetAttribute("style"));
    }

    [Fact]
    public void Display_places_each_tag_at_its_row_centre_and_labels_as_ids()
    {
        var rows = new[] { new NumberedRow("(1)", "1", "first"), new NumberedRow(null, null, null), new NumberedRow("(B)", "B", "third") };
        var element = Parse(MathHtml.Display(Result(0.5, 1.5, 2.25), @"a \\ b \\ c", rows, "div"));
        Assert.Contains("math-display", element.ClassList);
        Assert.NotNull(element.QuerySelector(".math-display__body > svg"));
        var tags = element.QuerySelectorAll(".math-tags > .math-tag");
        Assert.Equal(["(1)", "(B)"], tags.Select(t => t.TextContent));
        Assert.Equal(["eq-first", "eq-third"], tags.Select(t => t.Id));
        Assert.Equal(["top:0.5em", "top:2.25em"], tags.Select(t => t.GetAttribute("style")));
    }

    [Fact]
    public void Single_row_display_carries_its_label_on_the_display()
    {
        var element = Parse(MathHtml.Display(Result(1.5), "x", [new NumberedRow("(4)", "4", "x")], "div", "."));
        Assert.Equal("eq-x", element.Id);
        Assert.Equal("(4)", element.QuerySelector(".math-tag")!.TextContent);
        Assert.True(string.IsNullOrEmpty(element.QuerySelector(".math-tag")!.Id));
        Assert.Equal(".", element.QuerySelector(".math-display__body .math-punct")!.TextContent);
    }

    [Fact]
    public void Display_without_tags_or_labels_has_no_tag_column()
    {
        var element = Parse(MathHtml.Display(Result(1.5), "x", [new NumberedRow(null, null, null)], "div"));
        Assert.Null(element.QuerySelector(".math-tags"));
    }

    [Fact]
    public void Labelled_row_without_number_still_gets_an_anchor()
    {
        var rows = new[] { new NumberedRow(null, null, "a"), new NumberedRow(null, null, null) };
        var element = Parse(MathHtml.Display(Result(0.5, 1.5), "x", rows, "div"));
        Assert.Equal("eq-a", element.QuerySelector(".math-tags > .math-anchor")!.Id);
    }

    [Fact]
    public void Row_positions_fall_back_to_the_box_centre_when_the_engine_reports_none()
    {
        var element = Parse(MathHtml.Display(Result(), "x", [new NumberedRow("(1)", "1", null), new NumberedRow(null, null, null)], "div"));
        Assert.Equal("top:1.5em", element.QuerySelector(".math-tag")!.GetAttribute("style"));
    }

    [Fact]
    public void References_link_to_the_label_anchor_or_show_question_marks()
    {
        var link = Parse(MathHtml.Reference("eq:a", "3", withParentheses: true));
        Assert.Equal("A", link.TagName);
        Assert.Equal("#eq-eq-a", link.GetAttribute("href"));
        Assert.Equal("(3)", link.TextContent);
        Assert.Equal("3", Parse(MathHtml.Reference("eq:a", "3", withParentheses: false)).TextContent);
        Assert.Equal("(??)", Parse(MathHtml.Reference("nope", null, withParentheses: true)).TextContent);
    }

    [Fact]
    public void Errors_show_the_tex_in_a_visible_box()
    {
        var box = Parse(MathHtml.Error(@"\frac{a", "Missing }", display: true, "div"));
        Assert.Equal("math-error", box.ClassName);
        Assert.Contains(@"\frac{a", box.TextContent);
        Assert.Equal("Missing }", box.QuerySelector(".math-error__message")!.TextContent);
    }
}
