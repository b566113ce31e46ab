using StaticMath.Math;
using StaticMath.Site.Markdown.Extensions.Math;

namespace StaticMath.Site.Tests.Math;

/// <summary>
/// Equations' SVGs skip the page's HTML passes and are put back afterwards; what is put back must be byte for byte
/// what the passes' DOM would have written, or every page would change.
/// </summary>
public sealed class EngineSvgHtmlTests
{
    public static TheoryData<string, bool> Expressions => new()
    {
        { "x_i^2", false },
        { @"p_{\text{data}}(A)>0", false },
        { @"a<b \& c > d", false },
        { "\\text{\"quoted\" é ü\u00A0x}", false },
        { @"\color{red}{x}^2 + \colorbox{blue}{y} + \textcolor{#3c3}{\frac{a}{b}}", false },
        { @"\begin{aligned} a &= b \\ c &= \color{green}{d} \tag{1} \end{aligned}", true },
        { @"\undefinedmacro{x} + \sqrt[3]{y}", true },
        { "\\begin{aligned}\n\ta &= b \\\\\r\n\tc &= d\n\\end{aligned}", true },
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void The_xml_reading_of_an_engine_svg_is_what_the_html_dom_writes(string tex, bool display)
    {
        foreach (var glyphs in new[] { GlyphMode.SharedDefinitions, GlyphMode.Inline })
        {
            var svg = MathRenderer.Default.Render(tex, display ? MathMode.Display : MathMode.Inline, new MathRenderOptions { GlyphMode = glyphs }).Svg;
            var fromXml = EngineSvgHtml.FromXml(svg);
            Assert.NotNull(fromXml); // the fast way handles everything the engine writes for ordinary TeX
            Assert.Equal(EngineSvgHtml.FromDom(svg), fromXml);
        }
    }

    [Fact]
    public void Svg_the_xml_reader_refuses_is_written_by_the_dom()
    {
        var svg = MathRenderer.Default.Render("a\u0001b\u0007c", MathMode.Inline).Svg;
        Assert.Equal(EngineSvgHtml.FromDom(svg), EngineSvgHtml.AsParsed(svg));
    }

    [Fact]
    public void Random_tex_reads_the_same_both_ways()
    {
        const string alphabet = "abxyz0129+-=<>&\"'()[]{}^_\\ \u00A0é\u0002|.,;:!?$%#~";
        string[] commands = [@"\frac{a}{b}", @"\text{a<b & ""c""}", @"\color{red}{q}", @"\colorbox{yellow}{w}", @"\sqrt{2}", @"\mathrm{d}", @"\alpha", @"\left(", @"\right)"];
        var random = new Random(19);
        for (var i = 0; i < 300; i++)
        {
            var tex = new System.Text.StringBuilder();
            for (var n = random.Next(1, 24); n > 0; n--)
                tex.Append(random.Next(4) == 0 ? commands[random.Next(commands.Length)] : alphabet[random.Next(alphabet.Length)].ToString());
            var svg = MathRenderer.Default.Render(tex.ToString(), random.Next(2) == 0 ? MathMode.Inline : MathMode.Display).Svg;
            if (EngineSvgHtml.FromXml(svg) is { } fromXml) Assert.Equal(EngineSvgHtml.FromDom(svg), fromXml);
        }
    }

    [Fact]
    public void Placeholders_are_replaced_even_with_a_raw_angle_bracket_in_their_label_but_an_authors_lookalike_is_not()
    {
        var slots = new MathSvgSlots();
        var svg = MathRenderer.Default.Render("a>b", MathMode.Inline).Svg;
        var placeholder = slots.Hold(EquationSvg.FromEngine(svg));
        Assert.DoesNotContain("<use", placeholder, StringComparison.Ordinal);
        // A formatter that leaves '>' raw in attribute values must not hide the placeholder either.
        var written = placeholder.Replace("&gt;", ">", StringComparison.Ordinal);
        var lookalike = "<svg data-staticmath-svg=\"0000000000000000:0\"></svg>";
        var html = slots.Splice("<p>" + written + lookalike + "</p>");
        Assert.Equal("<p>" + EngineSvgHtml.AsParsed(svg) + lookalike + "</p>", html);
    }

    [Fact]
    public void Splicing_replaces_exactly_what_the_placeholder_pattern_matches()
    {
        // The splice scans for the page's placeholders; this is the pattern it replaced, as a reference: any
        // element of this page's nonce and a held index, attribute values quoted, then an empty end.
        var slots = new MathSvgSlots();
        var held = Enumerable.Range(0, 3).Select(i => slots.Hold(new EquationSvg($"<svg>{i}</svg>", $"a &gt; {i}", 10))).ToArray();
        var start = held[0][..(held[0].IndexOf(':') + 1)];
        var pattern = new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(start) +
            "([0-9]+)\"(?: [^\\s=\"]+=\"[^\"]*\")*></svg>");
        string[] pieces =
        [
            held[0], held[1], held[2], "<p>", "</p>", " ", "\n", ">", "\"", start, start + "3\"></svg>", start + "1\"", start + "2\" x=\"y\"",
            start + "0\" aria-label=\"a > b\" role=\"img\"></svg>", start + "1\" aria-label=\"line\nbreak\"></svg>", start + "99999999999\"></svg>",
            start + "1\" =\"v\"></svg>", start + "1\"  a=\"v\"></svg>", start + "1\" a=\"v></svg>", "<svg data-staticmath-svg=\"0000000000000000:0\"></svg>",
        ];
        var random = new Random(20);
        for (var i = 0; i < 2_000; i++)
        {
            var html = string.Concat(Enumerable.Range(0, random.Next(1, 8)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = pattern.Replace(html, m => int.TryParse(m.Groups[1].ValueSpan, out var index) && index < held.Length ? $"<svg>{index}</svg>" : m.Value);
            Assert.Equal(expected, slots.Splice(html));
        }
    }
}
