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
}
