using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using StaticMath.Site.Markdown.Extensions.Theme;
using StaticMath.Site.Pipeline;

namespace StaticMath.Benchmarks;

/// <summary>
/// Growth of the two HTML steps that were once quadratic in the number of siblings (each node asked AngleSharp for its
/// NextSibling, a search of the parent's child list): serialising a 100,000-row table, and gluing punctuation to
/// 150,000 equations of one paragraph. Linear code takes about 8× as long for 8× the size; quadratic took 64×.
/// Run: <c>dotnet run -c Release --project tests/StaticMath.Benchmarks -- --filter *HtmlPassScaling*</c> and compare
/// the rows of each method. (A benchmark, not a timed test: ratios of wall-clock times are noise on a shared CI machine.)
/// </summary>
[MemoryDiagnoser]
public class HtmlPassScalingBenchmarks
{
    [Params(4_000, 32_000)]
    public int Siblings { get; set; }

    private IElement _table = null!;
    private string _paragraph = "";

    [GlobalSetup]
    public void Setup()
    {
        var rows = new System.Text.StringBuilder("<table>\n<tbody>\n");
        for (var i = 0; i < Siblings; i++) rows.Append("<tr>\n<td>x").Append(i).Append("</td>\n<td>y").Append(i).Append("</td>\n</tr>\n");
        _table = Body(rows.Append("</tbody>\n</table>\n").ToString());

        var equations = new System.Text.StringBuilder("<p>");
        for (var i = 0; i < Siblings; i++) equations.Append("<span class=\"math-inline\">x</span> ");
        _paragraph = equations.Append("<span class=\"math-inline\">y</span>.</p>").ToString();
    }

    [Benchmark]
    public int SerializeTable() => LinearHtmlSerializer.InnerHtml(_table).Length;

    [Benchmark]
    public int GluePunctuation()
    {
        // A fresh paragraph each time: the glue changes the tree it works on.
        var body = Body(_paragraph);
        new MathPunctuationGlue().Process(body.Owner!, body, null!);
        return body.ChildElementCount;
    }

    private static IElement Body(string html)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        document.Body!.InnerHtml = html;
        return document.Body;
    }
}
