using StaticMath.Site.Content;

namespace StaticMath.Site.Tests.Theme;

/// <summary>Word counts (reading time, <c>number_of_words</c>): text only, never tags or equations' SVG.</summary>
public sealed class WordCountTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("one two  three", 3)]
    [InlineData("<p>One <strong>two</strong>, three.</p>", 3)]
    [InlineData("it's well-known — rock’n’roll 2-3 x²", 5)]
    [InlineData("<p>Let <span class=\"math-inline\"><svg viewBox=\"0 0 1 1\"><path d=\"M0 0L10 10\"/><title>x y z</title></svg></span> be</p>", 2)]
    [InlineData("a<SVG width=\"1\">many words here</Svg>b", 2)]
    [InlineData("a <svgx>b</svgx> c", 3)]
    [InlineData("a <svg> never closed words", 4)]
    [InlineData("x < y and no tag", 5)]
    [InlineData("<!-- a comment --> word", 1)]
    [InlineData("naïve café ½ 東京", 4)]
    [InlineData("</svg>東京<SVG></SVG>x²it's</p>-", 2)]
    public void Counts_the_words_of_the_text_outside_tags_and_svg(string html, int words) =>
        Assert.Equal(words, WordCount.Of(html));
}
