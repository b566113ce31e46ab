using StaticMath.Site.Configuration;
using StaticMath.Site.Diagnostics;
using StaticMath.Site.Engine;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Math;

public sealed class MathConfigTests
{
    [Fact]
    public void The_math_section_of_staticmath_yml_is_read()
    {
        var yaml = """
            title: T
            math:
              numbering: ams
              glyphs: inline
              macros:
                RR: '\mathbb{R}'
                norm: ['\left\lVert #1 \right\rVert', 1]
                pair: ['(#1, #2)', 2, 'x']
            """;
        var diagnostics = new DiagnosticBag();
        var config = SiteConfigLoader.Parse(yaml, "staticmath.yml", SiteFeatures.Sections, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.True(MathConfig.TryParseNumbering(config.Section<MathConfig>().Numbering, out var numbering));
        Assert.Equal(MathNumbering.Ams, numbering);
        Assert.True(MathConfig.TryParseGlyphMode(config.Section<MathConfig>().Glyphs, out var glyphs));
        Assert.Equal(StaticMath.Math.GlyphMode.Inline, glyphs);
        Assert.DoesNotContain("math", config.Extra.Keys);

        var problems = new List<string>();
        var macros = config.Section<MathConfig>().MacroDefinitions(problems.Add);
        Assert.Empty(problems);
        Assert.Equal(new StaticMath.Math.MacroDefinition(@"\mathbb{R}"), macros["RR"]);
        Assert.Equal(new StaticMath.Math.MacroDefinition(@"\left\lVert #1 \right\rVert", 1), macros["norm"]);
        Assert.Equal(new StaticMath.Math.MacroDefinition("(#1, #2)", 2, "x"), macros["pair"]);
    }

    [Fact]
    public void Malformed_macros_are_reported_and_skipped()
    {
        var config = new MathConfig { Macros = new() { ["ok"] = "x", ["bad"] = new List<object?> { "x", "many" }, ["worse"] = new List<object?>() } };
        var problems = new List<string>();
        var macros = config.MacroDefinitions(problems.Add);
        Assert.Equal(["ok"], macros.Keys);
        Assert.Equal(2, problems.Count);
    }

    [Theory]
    [InlineData("none", MathNumbering.None, true)]
    [InlineData("AMS", MathNumbering.Ams, true)]
    [InlineData("all", MathNumbering.All, true)]
    [InlineData("sometimes", MathNumbering.None, false)]
    public void Numbering_values(string text, MathNumbering expected, bool valid)
    {
        Assert.Equal(valid, MathConfig.TryParseNumbering(text, out var numbering));
        Assert.Equal(expected, numbering);
    }
}
