using Markdig.Syntax;
using StaticMath.Site.Markdown.Extensions.Math;
using static StaticMath.Site.Tests.Math.MathDelimiterTestPipeline;

namespace StaticMath.Site.Tests.Math;

public sealed class MathDelimiterTests
{
    [Fact]
    public void Single_dollars_make_inline_math()
    {
        Assert.Equal([("a^2 + b^2", false), ("c", false)], Found("Pythagoras: $a^2 + b^2$ equals $c$ squared."));
    }

    [Fact]
    public void A_space_ending_a_control_word_may_come_before_the_closing_dollar()
    {
        Assert.Equal([(@"\sqrt \epsilon ", false), (@"\alpha  ", false)], Found(@"Take $\sqrt \epsilon $ and $\alpha  $ here."));
    }

    [Theory]
    [InlineData(@"Costs $5 and $ 10.")]
    [InlineData(@"Pay $x $ now.")]
    [InlineData(@"A line break $a \\b $ is not a control word.")]
    public void Other_spaces_before_a_dollar_still_do_not_close_math(string markdown)
    {
        Assert.Empty(Found(markdown));
    }

    [Fact]
    public void Double_dollars_inside_running_text_are_inline()
    {
        var found = Expressions("Real posts write $$x_i$$ mid-sentence.");
        var math = Assert.Single(found);
        Assert.Equal("x_i", math.Tex);
        Assert.False(math.IsDisplay);
        Assert.Equal(MathDelimiter.DoubleDollar, math.Delimiter);
    }

    [Fact]
    public void Double_dollars_standing_as_their_own_paragraph_are_display()
    {
        var found = Expressions("Text before.\n\n$$\\sum_i x_i$$\n\nText after.");
        var block = Assert.IsType<MathBlock>(Assert.Single(found));
        Assert.Equal(@"\sum_i x_i", block.Tex);
    }

    [Fact]
    public void Double_dollars_on_their_own_line_inside_a_paragraph_are_display()
    {
        Assert.Equal([("E = mc^2", true)], Found("Einstein wrote\n$$E = mc^2$$\nin 1905."));
    }

    [Fact]
    public void Display_followed_by_sentence_punctuation_is_still_display_and_keeps_the_punctuation()
    {
        var block = Assert.IsType<MathBlock>(Assert.Single(Expressions("$$a = b$$.")));
        Assert.Equal("a = b", block.Tex);
        Assert.Equal(".", block.TrailingPunctuation);
    }

    [Fact]
    public void Display_block_runs_across_blank_lines_to_the_next_line_starting_with_double_dollars()
    {
        var markdown = "$$\nf(x)\n=\n\n- g(x)\n# not a heading\n$$\n\nAfter.";
        var block = Assert.IsType<MathBlock>(Assert.Single(Expressions(markdown)));
        Assert.Equal("f(x)\n=\n\n- g(x)\n# not a heading", block.Tex);
        var document = Parse(markdown);
        Assert.DoesNotContain(document.Descendants(), n => n is HeadingBlock or ListBlock);
    }

    [Fact]
    public void Setext_underline_and_list_markers_inside_display_math_stay_tex()
    {
        var block = Assert.IsType<MathBlock>(Assert.Single(Expressions("$$\na\n=\nb\n+ c\n$$")));
        Assert.Equal("a\n=\nb\n+ c", block.Tex);
    }

    [Fact]
    public void Multi_line_display_may_close_at_the_end_of_a_content_line()
    {
        var block = Assert.IsType<MathBlock>(Assert.Single(Expressions("$$\n\\begin{aligned}\na &= b \\\\\nc &= d\n\\end{aligned}$$\n")));
        Assert.Equal("\\begin{aligned}\na &= b \\\\\nc &= d\n\\end{aligned}", block.Tex);
    }

    [Fact]
    public void Backslash_parenthesis_is_inline_and_backslash_bracket_is_display()
    {
        Assert.Equal([("a+b", false), ("c+d", true)], Found(@"Inline \(a+b\) and \[c+d\] here."));
    }

    [Fact]
    public void Backslash_bracket_on_its_own_lines_is_a_display_block()
    {
        var block = Assert.IsType<MathBlock>(Assert.Single(Expressions("\\[\nx\n=\ny\n\\]\n")));
        Assert.Equal(MathDelimiter.Bracket, block.Delimiter);
        Assert.Equal("x\n=\ny", block.Tex);
    }

    [Fact]
    public void Kramdown_escaped_delimiters_are_math()
    {
        var found = Expressions(@"Escaped \\(x^2\\) inline and \\[y^2\\] display.");
        Assert.Equal([("x^2", false), ("y^2", true)], found.Select(e => (e.Tex, e.IsDisplay)));
        Assert.Equal([MathDelimiter.EscapedParenthesis, MathDelimiter.EscapedBracket], found.Select(e => e.Delimiter));
    }

    [Fact]
    public void Kramdown_escaped_display_block_on_its_own_lines_is_display()
    {
        var block = Assert.IsType<MathBlock>(Assert.Single(Expressions("\\\\[\na \\\\ b\n\\\\]\n")));
        Assert.Equal(MathDelimiter.EscapedBracket, block.Delimiter);
        Assert.Equal("a \\\\ b", block.Tex);
    }

    [Theory]
    [InlineData("equation")]
    [InlineData("equation*")]
    [InlineData("align")]
    [InlineData("align*")]
    [InlineData("gather")]
    [InlineData("gather*")]
    [InlineData("multline")]
    public void Bare_numbered_environments_are_display_math(string environment)
    {
        var markdown = $"Text.\n\n\\begin{{{environment}}}\na &= b \\label{{x}}\n\n* c\n\\end{{{environment}}}\n\nMore text.";
        var block = Assert.IsType<MathBlock>(Assert.Single(Expressions(markdown)));
        Assert.Equal(MathDelimiter.Environment, block.Delimiter);
        Assert.Equal($"\\begin{{{environment}}}\na &= b \\label{{x}}\n\n* c\n\\end{{{environment}}}", block.Tex);
    }

    [Fact]
    public void Math_is_found_in_lists_blockquotes_tables_and_footnotes()
    {
        var markdown = string.Join('\n',
            "* item $a$",
            "  ",
            "  $$",
            "  b",
            "  $$",
            "",
            "> quoted $c$",
            ">",
            "> $$d$$",
            "",
            "| x | y |",
            "|---|---|",
            "| $e$ | $f \\| g$ |",
            "",
            "Note[^1].",
            "",
            "[^1]: footnote $h$",
            "");
        Assert.Equal(["a", "b", "c", "d", "e", @"f \| g", "h"], Expressions(markdown).Select(e => e.Tex).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Dollar_math_in_a_table_cell_keeps_its_pipes_inside_the_cell()
    {
        var document = Parse("| a | b |\n|---|---|\n| $|x|$ | 2 |\n");
        var table = Assert.Single(document.Descendants().OfType<Markdig.Extensions.Tables.Table>());
        var row = (Markdig.Extensions.Tables.TableRow)table[1];
        Assert.Equal(2, row.Count);
        Assert.Equal("|x|", Assert.Single(row[0].Descendants().OfType<MathInline>()).Tex);
    }

    [Theory]
    [InlineData("<!-- hidden $x$ -->\n\nText.")]
    [InlineData("Text <!-- hidden $x$ --> more.")]
    [InlineData("[//]: # (a kramdown comment with $x$)\n\nText.")]
    [InlineData("[//]: # a kramdown comment with $x$ and no title syntax\n\nText.")]
    [InlineData(@"Costs \$5 or \$10.")]
    [InlineData("Costs $5 and $10 today.")]
    [InlineData("Between $ 5 and 6 $ it is.")]
    [InlineData("Code `$x$` span.")]
    [InlineData("Code ``a $x$ b`` span.")]
    [InlineData("```\n$$\nx\n$$\n$y$\n```\n")]
    [InlineData("~~~tex\n\\[ x \\]\n~~~\n")]
    [InlineData("    $x$ in indented code\n")]
    [InlineData("An unmatched $$ stays text.")]
    public void Not_math(string markdown)
    {
        Assert.Empty(Expressions(markdown));
    }

    [Fact]
    public void Kramdown_comment_line_leaves_no_text()
    {
        Assert.DoesNotContain("comment", Text("[//]: # a kramdown comment with $x$\n\nVisible."));
    }

    [Fact]
    public void Escaped_dollar_is_a_literal_dollar()
    {
        Assert.Equal("Costs $5.", Text(@"Costs \$5."));
    }

    [Fact]
    public void Currency_dollars_stay_text()
    {
        Assert.Equal("Costs $5 and $10 today.", Text("Costs $5 and $10 today."));
    }

    [Fact]
    public void Markdown_is_not_interpreted_inside_math()
    {
        var found = Found(@"Emphasis $a_1 * b_2 * c_3$ and $x_{i}^{*} \\ \{ y \} \| z\|$ and \(a_b_c\).");
        Assert.Equal([(@"a_1 * b_2 * c_3", false), (@"x_{i}^{*} \\ \{ y \} \| z\|", false), ("a_b_c", false)], found);
    }

    [Fact]
    public void Display_math_keeps_row_breaks_and_escaped_braces_exactly()
    {
        var tex = "\\begin{aligned}\na_1 &= \\{ x \\mid x_* > 0 \\} \\\\\nb_2 &= \\|y\\|_2\n\\end{aligned}";
        var block = Assert.IsType<MathBlock>(Assert.Single(Expressions("$$\n" + tex + "\n$$\n")));
        Assert.Equal(tex, block.Tex);
    }

    [Fact]
    public void Braces_in_heading_math_are_not_taken_for_attributes()
    {
        var document = Parse("## Bound on $x_{i}$ for all $i$ {#bound}");
        var heading = Assert.Single(document.Descendants().OfType<HeadingBlock>());
        Assert.Equal(["x_{i}", "i"], heading.Inline!.Descendants<MathInline>().Select(m => m.Tex));
        Assert.Equal("bound", Markdig.Renderers.Html.HtmlAttributesExtensions.TryGetAttributes(heading)?.Id);
    }

    [Fact]
    public void Unclosed_display_block_was_never_math_and_its_text_survives()
    {
        var markdown = "$$\nnot closed\n\nsecond paragraph with $y$";
        Assert.Equal([("y", false)], Found(markdown));
        Assert.Contains("not closed", Text(markdown));
    }

    [Fact]
    public void Double_dollars_running_across_paragraphs_when_not_alone_on_their_lines_are_not_math()
    {
        var markdown = "$$ starts here\n\nand a later paragraph $$ ends";
        Assert.Empty(Expressions(markdown));
        Assert.Contains("starts here", Text(markdown));
    }

    [Fact]
    public void Expressions_remember_the_line_of_their_tex()
    {
        var found = Expressions("Intro.\n\nInline $a$ here.\n\n$$\nb\n$$\n\nLast \\(c\\).");
        Assert.Equal([2, 5, 8], found.Select(e => e.TexLine));
    }
}
