using AngleSharp.Html.Parser;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Math;

public sealed class RawHtmlMathScannerTests
{
    [Fact]
    public void Finds_math_in_text_with_running_text_rules()
    {
        var text = @"Score $\nabla_x \log p(x)$ costs $5 and $10, \(a\) and $$b$$ but not \$c\$.";
        var found = RawHtmlMathScanner.FindInText(text).Select(s => RawHtmlMathScanner.TexOf(text, s));
        Assert.Equal([@"\nabla_x \log p(x)", "a", "b"], found);
    }

    [Fact]
    public void Skips_code_scripts_styles_and_math_already_rendered()
    {
        var document = new HtmlParser().ParseDocument(
            "<body><figure><figcaption>See $x$</figcaption></figure><pre>$no$</pre><code>$no$</code>" +
            "<script>var a='$no$'</script><style>/* $no$ */</style><span class=\"math-inline\">$no$</span><p>and $y$</p></body>");
        var texts = RawHtmlMathScanner.EligibleTextNodes(document.Body!).Select(t => t.Data);
        Assert.Equal(["See $x$", "and $y$"], texts);
    }

    [Theory]
    [InlineData("<figure><figcaption>See $x$ &amp; $y&lt;z$</figcaption></figure>", true)]
    [InlineData("<div class=\"convo\"><p>a $x$</p><p>b \\(y\\)</p></div>", true)]
    [InlineData("<div><pre>$no$</pre><code>$no$</code><span class=\"math-inline\">$no$</span><p>and $y$</p></div>", true)]
    [InlineData("<p>a $x$<p>b $y$", false)]
    [InlineData("<div><script>var a='$no$'</script>$x$</div>", false)]
    [InlineData("<table><tr><td>$x$</td></tr></table>", false)]
    [InlineData("<div>$x$\r\n$y$</div>", false)]
    [InlineData("<iframe src=\"a\"></iframe><p>$x$</p><custom-tag>$y$</custom-tag>", false)]
    public void A_raw_block_gives_the_same_texts_read_as_tokens_or_as_a_DOM(string html, bool readAsTokens)
    {
        Assert.Equal(readAsTokens, StaticMath.Site.Pipeline.FragmentTokens.Read(html) is not null);
        Assert.Equal(RawHtmlMathScanner.EligibleTextsOfDom(html), RawHtmlMathScanner.EligibleTexts(html));
    }

    [Fact]
    public void Texts_read_as_tokens_are_decoded_and_split_as_the_DOM_has_them()
    {
        Assert.Equal(["a $x<y$ ", "b $z$"], RawHtmlMathScanner.EligibleTexts("<div>a $x&lt;y$ <!--c-->b $z$</div>"));
    }

    private static readonly string[] RandomElements =
    [
        "div", "p", "span", "em", "figure", "figcaption", "code", "pre", "script", "style", "table", "td", "li", "ul", "svg",
        "span class=\"math-inline\"", "div class=\"math-display x\"", "span class=\"note\"", "custom-tag", "iframe",
    ];

    private static readonly string[] RandomTexts = ["$x$", "a ", "\\(y\\)", "$$z$$", "&amp;$w$", "\\$v\\$", "$", "\n", "<!--c-->", "<br>", "&lt;$u$&gt;", "\r"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Random_raw_blocks_give_the_same_texts_read_as_tokens_or_as_a_DOM(int seed)
    {
        var random = new Random(seed);
        var readAsTokens = 0;
        for (var n = 0; n < 1_500; n++)
        {
            var html = RandomHtml(random, 3);
            if (StaticMath.Site.Pipeline.FragmentTokens.Read(html) is not null) readAsTokens++;
            Assert.Equal(RawHtmlMathScanner.EligibleTextsOfDom(html), RawHtmlMathScanner.EligibleTexts(html));
        }

        // Both ways are exercised.
        Assert.InRange(readAsTokens, 100, 1_400);
    }

    private static string RandomHtml(Random random, int depth)
    {
        if (depth == 0 || random.Next(3) == 0) return RandomTexts[random.Next(RandomTexts.Length)];
        var element = RandomElements[random.Next(RandomElements.Length)];
        var children = string.Concat(Enumerable.Range(0, random.Next(4)).Select(_ => RandomHtml(random, depth - 1)));
        // Sometimes left open, as raw HTML blocks often are.
        var close = random.Next(8) == 0 ? "" : "</" + element.Split(' ')[0] + ">";
        return "<" + element + ">" + children + close;
    }
}
