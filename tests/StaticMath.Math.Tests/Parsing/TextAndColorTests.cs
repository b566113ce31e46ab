using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Parsing.ParseTestSupport;

namespace StaticMath.Math.Tests.Parsing;

public sealed class TextAndColorTests
{
    [Fact]
    public void TextKeepsSpacesAndMergesARun()
    {
        var text = Single<TextNode>(@"\text{if  x is even}");
        var run = Assert.IsType<PlainTextRun>(Assert.Single(text.Runs));
        Assert.Equal("if x is even", run.Text);
        Assert.Equal(TextFontStyle.Upright, run.Style);
    }

    [Fact]
    public void DollarMathInsideTextBecomesAMathRun()
    {
        var text = Single<TextNode>(@"\text{for all $x > 0$ here}");
        Assert.Equal(3, text.Runs.Count);
        var math = Assert.IsType<MathTextRun>(text.Runs[1]);
        Assert.Equal("x>0", Text(math.Math));
        Assert.Equal(" here", Assert.IsType<PlainTextRun>(text.Runs[2]).Text);
    }

    [Fact]
    public void TextFontCommandsNestAndCombine()
    {
        var text = Single<TextNode>(@"\textbf{bold \textit{both}}");
        Assert.Equal(TextFontStyle.Bold, Assert.IsType<PlainTextRun>(text.Runs[0]).Style);
        Assert.Equal(TextFontStyle.Bold | TextFontStyle.Italic, Assert.IsType<PlainTextRun>(text.Runs[1]).Style);
        Assert.Equal(TextFontStyle.Monospace, Assert.IsType<PlainTextRun>(Single<TextNode>(@"\texttt{x}").Runs[0]).Style);
    }

    [Fact]
    public void TextLigaturesAndAccentsApply()
    {
        var run = Assert.IsType<PlainTextRun>(Single<TextNode>(@"\text{a--b ``q'' \'e}").Runs[0]);
        Assert.Equal("a\u2013b \u201Cq\u201D e\u0301", run.Text);
    }

    [Fact]
    public void EscapedCharactersAreLiteralInText()
    {
        var run = Assert.IsType<PlainTextRun>(Single<TextNode>(@"\text{50\% \& \$5}").Runs[0]);
        Assert.Equal("50% & $5", run.Text);
    }

    [Fact]
    public void MacrosExpandInsideText()
    {
        var session = NewSession();
        var text = Single<TextNode>(@"\newcommand{\name}{Bob}\text{hi \name}", session);
        Assert.Equal("hi Bob", Assert.IsType<PlainTextRun>(Assert.Single(text.Runs)).Text);
    }

    [Fact]
    public void MboxAndTextrmAreText()
    {
        Assert.IsType<TextNode>(Single<TextNode>(@"\mbox{a}"));
        Assert.IsType<TextNode>(Single<TextNode>(@"\textrm{a}"));
    }

    [Fact]
    public void ColorSwitchWrapsTheRestOfTheGroup()
    {
        var items = Items(@"a {\color{red} b c} d");
        var group = Assert.IsType<MathList>(items[1]);
        var color = Assert.IsType<ColorNode>(Assert.Single(group.Items));
        Assert.Equal(("red", "bc"), (color.Color, Text(color.Body)));
        Assert.Equal("d", Atom(items[2]).Text);
    }

    [Fact]
    public void TextcolorColorsItsArgumentOnly()
    {
        var items = Items(@"\textcolor{blue}{x} y");
        Assert.Equal("blue", Assert.IsType<ColorNode>(items[0]).Color);
        Assert.IsType<SymbolAtom>(items[1]);
    }

    [Theory]
    [InlineData(@"\color[RGB]{255,128,0}{x}", "#ff8000")]
    [InlineData(@"\color[rgb]{1,0,0}{x}", "#ff0000")]
    [InlineData(@"\color[HTML]{00FF00}{x}", "#00ff00")]
    [InlineData(@"\color{#ABC}{x}", "#abc")]
    [InlineData(@"\color{red!50}{x}", "#ff8080")]
    [InlineData(@"\color{red!50!blue}{x}", "#800080")]
    public void ColorModelsAndMixesBecomeHex(string tex, string css) => Assert.Equal(css, Single<ColorNode>(tex).Color);

    [Fact]
    public void ColorThatCouldInjectMarkupIsRejected()
    {
        var parsed = Parse("\\color{red\"/><script>}{x}");
        Assert.Contains(parsed.Errors, e => e.Message.StartsWith("Invalid color", StringComparison.Ordinal));
    }

    [Fact]
    public void VerbIsMonospacedVerbatimText()
    {
        var text = Single<TextNode>(@"\verb|a_b \c|");
        var run = Assert.IsType<PlainTextRun>(Assert.Single(text.Runs));
        Assert.Equal((@"a_b \c", TextFontStyle.Monospace), (run.Text, run.Style));
    }
}
