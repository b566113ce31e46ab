using StaticMath.Site.Content;

namespace StaticMath.Site.Tests.Foundation;

public class FrontMatterParserTests
{
    [Fact]
    public void File_without_front_matter_is_all_body_starting_at_line_one()
    {
        var fm = FrontMatterParser.Parse("# Title\n\nText\n");
        Assert.False(fm.Present);
        Assert.Null(fm.Error);
        Assert.Equal("# Title\n\nText\n", fm.Body);
        Assert.Equal(1, fm.BodyLineOffset);
        Assert.Empty(fm.Values);
    }

    [Fact]
    public void Empty_front_matter_gives_no_values_and_body_after_the_closing_line()
    {
        var fm = FrontMatterParser.Parse("---\n---\nHello\n");
        Assert.True(fm.Present);
        Assert.Null(fm.Error);
        Assert.Empty(fm.Values);
        Assert.Equal("Hello\n", fm.Body);
        Assert.Equal(3, fm.BodyLineOffset);
    }

    [Fact]
    public void Values_are_typed_and_key_lines_are_file_lines()
    {
        var fm = FrontMatterParser.Parse("---\ntitle: \"A: B\"\ndraft: true\ncount: 3\ntags: [a, b]\n---\nBody");
        Assert.Null(fm.Error);
        Assert.Equal("A: B", fm.Values["title"]);
        Assert.Equal(true, fm.Values["draft"]);
        Assert.Equal(3L, fm.Values["count"]);
        Assert.Equal(new List<object?> { "a", "b" }, fm.Values["tags"]);
        Assert.Equal(2, fm.KeyLines["title"]);
        Assert.Equal(5, fm.KeyLines["tags"]);
        Assert.Equal(7, fm.BodyLineOffset);
    }

    [Fact]
    public void Quoted_true_stays_a_string()
    {
        var fm = FrontMatterParser.Parse("---\ndraft: \"true\"\n---\n");
        Assert.Equal("true", fm.Values["draft"]);
    }

    [Fact]
    public void Bad_yaml_reports_the_file_line_of_the_problem()
    {
        // Line 4 of the file holds the unclosed flow sequence.
        var fm = FrontMatterParser.Parse("---\ntitle: ok\ndate: 2020-01-01\ntags: [a, b\nlayout: post\n---\nBody\n");
        Assert.NotNull(fm.Error);
        Assert.InRange(fm.Error!.Line, 4, 6);
        Assert.Contains("YAML", fm.Error.Message);
    }

    [Fact]
    public void Bad_indentation_points_at_the_offending_line()
    {
        var fm = FrontMatterParser.Parse("---\ntitle: ok\n  bad: indent\n---\n");
        Assert.NotNull(fm.Error);
        Assert.Equal(3, fm.Error!.Line);
    }

    [Fact]
    public void Unclosed_front_matter_is_an_error_at_line_one()
    {
        var fm = FrontMatterParser.Parse("---\ntitle: x\nno end\n");
        Assert.NotNull(fm.Error);
        Assert.Equal(1, fm.Error!.Line);
    }

    [Fact]
    public void Front_matter_that_is_not_a_mapping_is_an_error()
    {
        var fm = FrontMatterParser.Parse("---\n- a\n- b\n---\n");
        Assert.NotNull(fm.Error);
        Assert.Equal(2, fm.Error!.Line);
    }

    [Fact]
    public void Crlf_and_bom_are_handled_and_lines_still_count()
    {
        var fm = FrontMatterParser.Parse("\uFEFF---\r\ntitle: x\r\n---\r\nLine one\r\n");
        Assert.Null(fm.Error);
        Assert.Equal("x", fm.Values["title"]);
        Assert.Equal("Line one\n", fm.Body);
        Assert.Equal(4, fm.BodyLineOffset);
    }

    [Fact]
    public void Yaml_document_end_marker_also_closes_front_matter()
    {
        var fm = FrontMatterParser.Parse("---\ntitle: x\n...\nBody");
        Assert.Null(fm.Error);
        Assert.Equal("Body", fm.Body);
    }

    [Fact]
    public void A_horizontal_rule_later_in_the_body_is_not_front_matter()
    {
        var fm = FrontMatterParser.Parse("Intro\n\n---\n\nMore\n");
        Assert.False(fm.Present);
        Assert.Equal(1, fm.BodyLineOffset);
    }
}
