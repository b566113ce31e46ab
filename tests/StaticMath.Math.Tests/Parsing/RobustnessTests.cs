using System.Collections.Concurrent;
using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Parsing.ParseTestSupport;

namespace StaticMath.Math.Tests.Parsing;

public sealed class RobustnessTests
{
    private static readonly string[] Fragments =
    [
        "x", "1", "+", "=", "{", "}", "^", "_", "'", "&", @"\\", "#", "$", "~", "%", "[", "]", "(", ")", "|", " ",
        @"\frac", @"\sqrt", @"\left(", @"\right)", @"\middle|", @"\begin{matrix}", @"\end{matrix}", @"\begin{align}",
        @"\end{aligned}", @"\text{", @"\mathbf", @"\over", @"\hline", @"\def\a{\a}", @"\newcommand{\b}[1]{#1#1}", @"\b",
        @"\color{red}", @"\not", @"\big", @"\verb|", @"\operatorname*", @"\xrightarrow[", @"\tag{", @"\label", @"\hspace{",
        @"\kern", @"\let\c", @"\DeclarePairedDelimiter", @"\alpha", @"\sum", @"\limits", @"\foo", @"\cline{", @"\intertext",
        @"\begin{CD}", "@>", "@V", @"\end{CD}", @"\mathchoice", @"\substack{", @"\bgroup", @"\egroup", "\\",
    ];

    [Fact]
    public void RandomFragmentSoupNeverThrowsAndAlwaysGivesARoot()
    {
        var random = new Random(20261127);
        for (var i = 0; i < 1500; i++)
        {
            var count = random.Next(1, 25);
            var tex = string.Concat(Enumerable.Range(0, count).Select(_ => Fragments[random.Next(Fragments.Length)]));
            var session = NewSession(new MathRenderOptions { MaxMacroExpansions = 200 });
            var parsed = session.Parse(tex, i % 2 == 0 ? MathMode.Display : MathMode.Inline);
            Assert.NotNull(parsed.Root);
            Assert.All(parsed.Errors, e => Assert.InRange(e.Offset, 0, tex.Length));
        }
    }

    [Fact]
    public void ParallelSessionsParseIdentically()
    {
        const string preamble = @"\newcommand{\R}{\mathbb{R}}\DeclareMathOperator{\tr}{tr}";
        const string tex = @"\begin{aligned} \tr(A) &= \sum_{i\in\R} a_{ii} \\ f'(x) &\le \frac{1}{2} \end{aligned}";
        var expected = Render(NewSession());
        var results = new ConcurrentBag<string>();
        Parallel.For(0, 64, _ => results.Add(Render(NewSession())));
        Assert.All(results, r => Assert.Equal(expected, r));

        string Render(MathSession session)
        {
            session.Parse(preamble, MathMode.Display);
            var parsed = session.Parse(tex, MathMode.Display);
            return parsed.CacheKey + Describe(parsed.Root);
        }
    }

    /// <summary>A structural dump (record ToString does not descend into lists).</summary>
    private static string Describe(MathNode node) => node switch
    {
        MathList list => "[" + string.Join(",", list.Items.Select(Describe)) + "]",
        ArrayNode array => "A(" + string.Join(";", array.Rows.Select(r => string.Join("&", r.Select(Describe)))) + ")",
        ScriptsNode scripts => "S(" + Describe(scripts.Nucleus) + "^" + (scripts.Superscript is null ? "" : Describe(scripts.Superscript)) + "_" + (scripts.Subscript is null ? "" : Describe(scripts.Subscript)) + ")",
        _ => node.ToString(),
    };
}
