using CsCheck;
using StaticMath.Math;

namespace StaticMath.Robustness.Tests;

/// <summary>Random TeX token sequences: the engine never throws, never hangs and always writes an SVG.</summary>
public class MathFuzzTests
{
    private static readonly string[] Tokens =
    [
        "{", "}", "{", "}", "^", "_", "&", "\\\\", "#", "#1", "$", "%", "~", " ", "x", "1", "+", "=", "(", ")", "[", "]", "|", ".", "'",
        "\\frac", "\\dfrac", "\\sqrt", "\\sqrt[3]", "\\left(", "\\right)", "\\left.", "\\right|", "\\middle|", "\\big(", "\\Bigg]",
        "\\sum", "\\int", "\\lim", "\\limits", "\\nolimits", "\\hat", "\\widehat", "\\overline", "\\underbrace", "\\overset", "\\stackrel",
        "\\text", "\\mathrm", "\\mathbf", "\\mathcal", "\\operatorname", "\\color", "{red}", "\\colorbox", "\\boxed", "\\phantom",
        "\\begin{matrix}", "\\end{matrix}", "\\begin{array}{cc}", "\\end{array}", "\\begin{align}", "\\end{align}", "\\begin{cases}",
        "\\end{cases}", "\\begin{aligned}", "\\end{aligned}", "\\begin{pmatrix}", "\\end{pmatrix}", "\\tag", "\\label", "\\eqref",
        "\\def", "\\a", "\\newcommand", "\\renewcommand", "\\hspace", "{1em}", "\\kern", "-3pt", "\\rule", "{2em}", "\\mkern", "\\quad",
        "\\alpha", "\\infty", "\\to", "\\xrightarrow", "\\not", "\\cancel", "\\displaystyle", "\\scriptstyle", "\\over", "\\choose",
        "\\mathchoice", "\\unknowncommand", "\\", "\\{", "\\}", "\\,", "\\!", "é", "ℝ", "\u0000", "\ud835\udc00",
    ];

    private static readonly Gen<string> TexGen = Gen.OneOf(Tokens).Array[0, 60].Select(parts => string.Concat(parts));

    [Fact]
    public void Random_token_sequences_always_render()
    {
        TexGen.Sample(tex =>
        {
            foreach (var mode in new[] { MathMode.Inline, MathMode.Display })
            {
                var result = Bounded.Run(() => MathRenderer.Default.Render(tex, mode), tex, TimeSpan.FromSeconds(30));
                if (!result.Svg.StartsWith("<svg", StringComparison.Ordinal)) throw new InvalidOperationException("no SVG for " + tex);
                if (!double.IsFinite(result.WidthEm + result.HeightEm + result.DepthEm)) throw new InvalidOperationException("non-finite size for " + tex);
            }
        }, iter: FuzzSettings.Iterations(1_500), threads: 1);
    }

    [Fact]
    public void Random_sequences_in_one_session_keep_working()
    {
        // Definitions made by one expression stay in force for the next on a page: random ones must not poison it.
        Gen.Select(TexGen, TexGen, TexGen).Sample((a, b, c) =>
        {
            var session = MathRenderer.Default.CreateSession();
            foreach (var tex in new[] { a, b, c, "x^2" })
                Bounded.Run(() => session.Render(tex, MathMode.Display), tex, TimeSpan.FromSeconds(30));
        }, iter: FuzzSettings.Iterations(300), threads: 1);
    }
}
