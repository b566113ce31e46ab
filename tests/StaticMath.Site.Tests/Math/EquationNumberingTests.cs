using StaticMath.Math.Syntax;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Math;

public sealed class EquationNumberingTests
{
    private static IReadOnlyList<NumberedRow> Assign(string? environment, MathNumbering mode, ref int counter, params ArrayRowInfo[] rows) =>
        EquationNumbering.Assign(environment, rows, mode, ref counter);

    [Fact]
    public void Without_numbering_only_tags_show()
    {
        var counter = 0;
        var rows = Assign("align", MathNumbering.None, ref counter, new ArrayRowInfo(), new ArrayRowInfo(Tag: "A"), new ArrayRowInfo(Tag: "B", TagIsStarred: true));
        Assert.Equal([null, "(A)", "B"], rows.Select(r => r.TagText));
        Assert.Equal([null, "A", "B"], rows.Select(r => r.ReferenceText));
        Assert.Equal(0, counter);
    }

    [Fact]
    public void Ams_numbers_rows_of_unstarred_environments_and_skips_notag()
    {
        var counter = 0;
        var first = Assign("align", MathNumbering.Ams, ref counter, new ArrayRowInfo(Label: "a"), new ArrayRowInfo(NoNumber: true), new ArrayRowInfo(Label: "c"));
        var starred = Assign("align*", MathNumbering.Ams, ref counter, new ArrayRowInfo(), new ArrayRowInfo());
        var plain = Assign(null, MathNumbering.Ams, ref counter);
        var equation = Assign("equation", MathNumbering.Ams, ref counter, new ArrayRowInfo(Label: "e"));

        Assert.Equal(["(1)", null, "(2)"], first.Select(r => r.TagText));
        Assert.Equal(["a", null, "c"], first.Select(r => r.Label));
        Assert.All(starred, r => Assert.Null(r.TagText));
        Assert.Null(Assert.Single(plain).TagText);
        Assert.Equal("3", Assert.Single(equation).ReferenceText);
    }

    [Fact]
    public void Ams_numbers_only_the_last_row_of_multline()
    {
        var counter = 0;
        var rows = Assign("multline", MathNumbering.Ams, ref counter, new ArrayRowInfo(), new ArrayRowInfo(), new ArrayRowInfo());
        Assert.Equal([null, null, "(1)"], rows.Select(r => r.TagText));
    }

    [Fact]
    public void All_numbers_every_display_except_starred_environments()
    {
        var counter = 0;
        var plain = Assign(null, MathNumbering.All, ref counter);
        var aligned = Assign("align", MathNumbering.All, ref counter, new ArrayRowInfo(), new ArrayRowInfo());
        var starred = Assign("gather*", MathNumbering.All, ref counter, new ArrayRowInfo());
        Assert.Equal("(1)", Assert.Single(plain).TagText);
        Assert.Equal(["(2)", "(3)"], aligned.Select(r => r.TagText));
        Assert.Null(Assert.Single(starred).TagText);
    }

    [Fact]
    public void A_tag_takes_no_number_in_any_mode()
    {
        var counter = 0;
        var tagged = Assign("equation", MathNumbering.All, ref counter, new ArrayRowInfo(Tag: "*", Label: "star"));
        var next = Assign("equation", MathNumbering.All, ref counter, new ArrayRowInfo());
        Assert.Equal("(*)", Assert.Single(tagged).TagText);
        Assert.Equal("(1)", Assert.Single(next).TagText);
    }

    [Theory]
    [InlineData("eq:bayes", "eq-eq-bayes")]
    [InlineData("Bayes rule", "eq-Bayes-rule")]
    [InlineData("a_b.c-d", "eq-a_b.c-d")]
    [InlineData("<x>\"", "eq--x--")]
    public void Labels_become_safe_ids(string label, string id)
    {
        Assert.Equal(id, EquationAnchor.IdFor(label));
    }
}
