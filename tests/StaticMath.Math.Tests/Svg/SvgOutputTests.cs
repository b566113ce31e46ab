using System.Text.RegularExpressions;
using StaticMath.Math.Syntax;
using StaticMath.Math.Tests.Layout;
using static StaticMath.Math.Tests.Layout.LayoutTestKit;

namespace StaticMath.Math.Tests.Svg;

public class SvgOutputTests
{
    private static readonly MathRenderer Renderer = new(new FakeMathFont());

    private static MathNode Sample => List(
        new ScriptsNode(Ord("x"), List(Ord("2")), null),
        Bin("+"),
        new FractionNode(List(Ord("a")), List(Ord("b"))));

    private static MathResult Render(MathNode root, MathMode mode = MathMode.Display, string tex = "x^2+\\frac{a}{b}", MathRenderOptions? options = null) =>
        Renderer.CreateSession(options).Typeset(Parsed(root, mode, tex));

    [Fact]
    public void SvgIsSizedInEmWithTheBaselineAtZeroInTheViewBox()
    {
        // Display fraction: height 1200, depth 700 at 1000 units per em.
        var result = Render(new FractionNode(List(Ord("a")), List(Ord("b"))));
        Assert.Equal(1.2, result.HeightEm, 6);
        Assert.Equal(0.7, result.DepthEm, 6);
        Assert.Equal(0.74, result.WidthEm, 6);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0.74em\" height=\"1.9em\" viewBox=\"0 -1200 740 1900\" style=\"vertical-align:-0.7em;", result.Svg);
        Assert.Contains("fill=\"currentColor\"", result.Svg);
        Assert.Contains("role=\"img\"", result.Svg);
        Assert.EndsWith("</svg>", result.Svg);
    }

    [Fact]
    public void FractionRuleIsARect()
    {
        var result = Render(new FractionNode(List(Ord("a")), List(Ord("b"))));
        Assert.Contains("<rect x=\"120\" y=\"-270\" width=\"500\" height=\"40\"/>", result.Svg);
    }

    [Fact]
    public void GlyphsAreUsesOfSharedDefinitionsAndScriptGlyphsAreScaled()
    {
        var result = Render(Sample);
        var uses = Regex.Matches(result.Svg, "<use href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(uses.Distinct().Order(StringComparer.Ordinal), result.GlyphIds);
        Assert.All(result.GlyphIds, id => Assert.StartsWith("g-FAKE-", id));
        Assert.Contains("scale(0.7)", result.Svg);
        Assert.DoesNotContain("<path", result.Svg);
    }

    [Fact]
    public void InlineModeWritesPathsAndNoIds()
    {
        var result = Render(Sample, options: new MathRenderOptions { GlyphMode = GlyphMode.Inline });
        Assert.Contains("<path d=\"", result.Svg);
        Assert.DoesNotContain("<use", result.Svg);
        Assert.Empty(result.GlyphIds);
    }

    [Fact]
    public void AriaLabelCarriesTheEscapedTex()
    {
        var result = Render(Ord("a"), tex: "a<b & \"c\"");
        Assert.Contains("aria-label=\"a&lt;b &amp; &quot;c&quot;\"", result.Svg);
    }

    [Fact]
    public void GlyphDefinitionsAreSortedDistinctPathsForKnownIds()
    {
        var result = Render(Sample);
        var defs = Renderer.RenderGlyphDefinitions([.. result.GlyphIds.Reverse(), result.GlyphIds[0], "g-OTHER-5"]);
        var ids = Regex.Matches(defs, "<path id=\"([^\"]+)\" d=\"[^\"]+\"/>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(result.GlyphIds, ids);
        Assert.StartsWith("<svg", defs);
        Assert.Contains("<defs>", defs);
    }

    [Fact]
    public void OutputIsByteIdenticalRunToRun()
    {
        Assert.Equal(Render(Sample).Svg, Render(Sample).Svg);
    }

    [Fact]
    public void RenderingFromManyThreadsGivesIdenticalSvg()
    {
        var expected = Render(Sample).Svg;
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = Render(Sample).Svg);
        Assert.All(results, svg => Assert.Equal(expected, svg));
    }

    [Fact]
    public void ErrorNodeShowsItsSourceInRed()
    {
        var result = Render(List(Ord("a"), new ErrorNode("\\foo", "Undefined control sequence \\foo") { Offset = 1 }));
        Assert.Contains("<g fill=\"#cc0000\">", result.Svg);
        Assert.True(result.WidthEm > 0.5 + 4 * 0.5 - 0.001);
    }

    [Fact]
    public void ParserAndLayoutErrorsAreBothReported()
    {
        var parsed = Parsed(List(new SymbolAtom(AtomClass.Ord, char.ConvertFromUtf32(FakeMathFont.Missing)) { Offset = 3 })) with
        {
            Errors = [new MathError(0, "from the parser")],
        };
        var result = Renderer.CreateSession().Typeset(parsed);
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal("from the parser", result.Errors[0].Message);
        Assert.Equal(3, result.Errors[1].Offset);
        Assert.Contains("#cc0000", result.Svg); // the missing glyph is a visible red frame
    }

    [Fact]
    public void ReferencesResolveThroughTheOptionsOrShowQuestionMarks()
    {
        var options = new MathRenderOptions { ResolveReference = label => label == "known" ? "12" : null };
        var known = Render(new ReferenceNode("known", WithParentheses: true), options: options);
        var unknown = Render(new ReferenceNode("other", WithParentheses: false), options: options);
        Assert.Equal(0.4 + 2 * 0.5 + 0.4, known.WidthEm, 6); // "(12)"
        Assert.Equal(2 * 0.5, unknown.WidthEm, 6); // "??"
    }

    [Fact]
    public void TagAndLabelReachTheSingleRowCentredInTheBox()
    {
        var root = new EnvironmentNode("equation", true, List(
            new FractionNode(List(Ord("a")), List(Ord("b"))),
            new EquationMetaNode(Tag: "3.1"),
            new EquationMetaNode(Label: "eq:x")));
        var result = Render(root);
        var row = Assert.Single(result.Rows);
        Assert.Equal("3.1", row.Tag);
        Assert.Equal("eq:x", row.Label);
        Assert.True(row.AutoNumbered);
        Assert.Equal((1.2 + 0.7) / 2, row.CenterFromTopEm, 6);
        Assert.Equal("equation", result.Environment);
    }

    [Fact]
    public void NotagSuppressesAutomaticNumbering()
    {
        var root = new EnvironmentNode("equation", true, List(Ord("a"), new EquationMetaNode(NoNumber: true)));
        var row = Assert.Single(Render(root).Rows);
        Assert.False(row.AutoNumbered);
        Assert.True(row.NoNumber);
    }
}
