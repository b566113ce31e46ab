using StaticMath.Math;

namespace StaticMath.Robustness.Tests;

/// <summary>Inputs meant to break the TeX engine: each one finishes, gives bounded output and reports errors as data.</summary>
public class MathHostileInputTests
{
    public static TheoryData<string, string> Cases() => new()
    {
        { "10,000 open braces", new string('{', 10_000) },
        { "10,000 closing braces", new string('}', 10_000) },
        { "deeply nested fractions", string.Concat(Enumerable.Repeat("\\frac{1}{", 5_000)) + "x" + new string('}', 5_000) },
        { "deeply nested sqrt", string.Concat(Enumerable.Repeat("\\sqrt{", 5_000)) + new string('}', 5_000) },
        { "deep \\left", string.Concat(Enumerable.Repeat("\\left(", 3_000)) + "x" + string.Concat(Enumerable.Repeat("\\right)", 3_000)) },
        { "deep superscripts", string.Concat(Enumerable.Repeat("x^{", 3_000)) + new string('}', 3_000) },
        { "200 KB equation", string.Concat(Enumerable.Repeat("a_{i}^{2}+\\frac{b}{c}-", 9_000)) },
        { "recursive macro", "\\def\\a{\\a\\a}\\a" },
        { "exponential macro", "\\def\\a{xx}\\def\\b{\\a\\a\\a\\a}\\def\\c{\\b\\b\\b\\b}\\def\\d{\\c\\c\\c\\c}\\def\\e{\\d\\d\\d\\d}\\def\\f{\\e\\e\\e\\e}\\def\\g{\\f\\f\\f\\f}\\g\\g\\g\\g" },
        { "newcommand bomb", "\\newcommand{\\x}[1]{#1#1}\\x{\\x{\\x{\\x{\\x{\\x{\\x{\\x{\\x{\\x{\\x{\\x{\\x{\\x{\\x{\\x{\\x{\\x{\\x{\\x{y}}}}}}}}}}}}}}}}}}}}" },
        { "huge hspace", "a\\hspace{99999999999pt}b" },
        { "huge negative kern", "a\\kern-1e308em b" },
        { "huge rule", "\\rule{1e9em}{1e9em}" },
        { "huge mkern", "a\\mkern99999999mu b" },
        { "NaN-like dimension", "\\hspace{.e5pt}\\kern-.pt\\rule{--1em}{++1em}" },
        { "NUL and control characters", "a\u0000b\u0001\u001f\\frac{\u0000}{\u0007}" },
        { "lone surrogates", "x\ud800y\udfffz" },
        { "unterminated environment", "\\begin{array}{ccc} a & b & c \\\\ d" },
        { "unterminated everything", "\\frac{\\sqrt[\\left( \\begin{matrix} \\text{abc" },
        { "pathological table", "\\begin{array}{" + new string('c', 2_000) + "}" + string.Join("\\\\", Enumerable.Repeat(string.Join("&", Enumerable.Repeat("x", 500)), 40)) + "\\end{array}" },
        { "many rows", "\\begin{aligned}" + string.Concat(Enumerable.Repeat("a&=b\\\\", 5_000)) + "\\end{aligned}" },
        { "many tags", string.Concat(Enumerable.Repeat("\\tag{1}", 1_000)) },
        { "big delimiters everywhere", string.Concat(Enumerable.Repeat("\\Bigg(\\bigg[\\Big\\{\\big|", 2_000)) },
        { "stretchy arrows of huge width", "\\xrightarrow{" + new string('x', 50_000) + "}" },
        // Each level once held its body twice (\sideset's operator is also its strut; an arrow measured its label
        // and then set it): 2^100 layouts, found by the session fuzz test.
        { "nested \\sideset", string.Concat(Enumerable.Repeat("\\sideset{_1}{^2}{", 100)) + "\\sum" + new string('}', 100) },
        { "nested arrow labels", string.Concat(Enumerable.Repeat("\\xrightarrow[a]{", 100)) + "x" + new string('}', 100) },
        { "nested arrow labels under labels", string.Concat(Enumerable.Repeat("\\xleftarrow[\\xrightarrow{", 60)) + "x" + string.Concat(Enumerable.Repeat("}]{x}", 60)) },
        { "color bomb", string.Concat(Enumerable.Repeat("\\color{red}{", 3_000)) + new string('}', 3_000) },
        { "text nesting", string.Concat(Enumerable.Repeat("\\text{$", 2_000)) + string.Concat(Enumerable.Repeat("$}", 2_000)) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hostile_tex_finishes_with_bounded_output(string name, string tex)
    {
        foreach (var mode in new[] { MathMode.Inline, MathMode.Display })
        {
            var result = Bounded.Run(() => MathRenderer.Default.Render(tex, mode), name);
            Assert.NotNull(result.Svg);
            Assert.StartsWith("<svg", result.Svg);
            Assert.True(double.IsFinite(result.WidthEm) && double.IsFinite(result.HeightEm) && double.IsFinite(result.DepthEm), $"{name}: non-finite size");
            // Output per equation is bounded by the engine's limit.
            Assert.True(result.Svg.Length <= new MathRenderOptions().MaxSvgLength, $"{name}: {result.Svg.Length} characters of SVG");
            Assert.DoesNotContain("NaN", result.Svg);
            Assert.DoesNotContain("Infinity", result.Svg);
        }
    }

    [Fact]
    public void An_equation_over_the_output_limit_becomes_an_error_box()
    {
        var options = new MathRenderOptions { MaxSvgLength = 20_000 };
        var result = MathRenderer.Default.Render("\\def\\a{xxxxxxxxxx}\\def\\b{\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a}\\def\\c{\\b\\b\\b\\b\\b\\b\\b\\b\\b\\b}\\c", MathMode.Display, options);
        Assert.True(result.Svg.Length < 20_000);
        Assert.Contains(result.Errors, e => e.Message.Contains("over the limit", StringComparison.Ordinal));
    }

    [Fact]
    public void Recursive_macro_is_an_error_with_a_location_not_a_crash()
    {
        var result = MathRenderer.Default.Render("x+\\def\\a{\\a\\a}\\a", MathMode.Inline);
        Assert.True(result.HasErrors);
        Assert.Contains(result.Errors, e => e.Message.Contains("expansion", StringComparison.OrdinalIgnoreCase));
    }
}
