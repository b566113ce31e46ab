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
