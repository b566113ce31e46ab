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

    [Theory]
    [MemberData(nameof(Expressions))]
    public void The_one_scan_of_a_plain_engine_svg_is_what_the_html_dom_writes(string tex, bool display)
    {
        foreach (var glyphs in new[] { GlyphMode.SharedDefinitions, GlyphMode.Inline })
        {
            var svg = MathRenderer.Default.Render(tex, display ? MathMode.Display : MathMode.Inline, new MathRenderOptions { GlyphMode = glyphs }).Svg;
            var scanned = PlainEngineSvg.ToHtml(svg);
            // Colours (a style worked out from the group: the author's, or the red of an error) are left to the XML reader.
            var plain = !tex.Contains("color", StringComparison.Ordinal) && !tex.Contains("undefined", StringComparison.Ordinal);
            Assert.Equal(plain, scanned is not null);
            if (scanned is not null) Assert.Equal(EngineSvgHtml.FromDom(svg), scanned);
            Assert.Equal(EngineSvgHtml.FromDom(svg), EngineSvgHtml.AsParsed(svg));
        }
    }

    /// <summary>More shapes the engine writes: rules, table lines, text with characters both forms escape, pieces of a
    /// breakable inline equation, a \tag.</summary>
    public static TheoryData<string, bool> MoreExpressions => new()
    {
        { @"a = b + c = d - e \leq f", false },
        { @"\rule{1em}{2pt} \overline{x} \frac{1}{2}", false },
        { @"\begin{array}{c|c} a & b \\ \hline c & d \end{array}", true },
        { @"\begin{array}{c:c} a & b \\ \hdashline c & d \end{array}", true },
        { "\\text{a\u00A0b & <c> \"d\" 'e'}", false },
        { "\\text{tab\there}", false },
        { "x \\tag{\"1\" & <2>}", true },
        { "\\operatorname{a\nb}", false },
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    [MemberData(nameof(MoreExpressions))]
    public void The_html_form_the_engine_writes_is_the_one_scans_reading_of_its_xml(string tex, bool display)
    {
        foreach (var glyphs in new[] { GlyphMode.SharedDefinitions, GlyphMode.Inline })
        foreach (var wholeUpTo in new double?[] { null, 0.5 })
        {
            var options = new MathRenderOptions { GlyphMode = glyphs, WholeInlineMathUpToEm = wholeUpTo, WithHtmlSvg = true };
            var result = MathRenderer.Default.Render(tex, display ? MathMode.Display : MathMode.Inline, options);
            AssertHtmlFormIsTheScans(result.Svg, result.HtmlSvg);
            foreach (var piece in result.LinePieces) AssertHtmlFormIsTheScans(piece.Svg, piece.HtmlSvg);
            // Without colour, table lines or control characters the engine writes it (else the page would read the XML).
            var plain = !tex.Contains("color", StringComparison.Ordinal) && !tex.Contains("undefined", StringComparison.Ordinal)
                && !tex.Contains("line", StringComparison.Ordinal) && !tex.Contains('\t') && !tex.Contains('\n');
            if (plain && result.Svg.Length > 0) Assert.NotNull(result.HtmlSvg);
            Assert.Null(MathRenderer.Default.Render(tex, display ? MathMode.Display : MathMode.Inline, options with { WithHtmlSvg = false }).HtmlSvg);
        }
    }

    [Theory]
    [MemberData(nameof(Expressions))]
    [MemberData(nameof(MoreExpressions))]
    public void Without_its_xml_an_equation_gives_the_page_the_same_svgs(string tex, bool display)
    {
        var mode = display ? MathMode.Display : MathMode.Inline;
        foreach (var glyphs in new[] { GlyphMode.SharedDefinitions, GlyphMode.Inline })
        foreach (var wholeUpTo in new double?[] { null, 0.5 })
        {
            var options = new MathRenderOptions { GlyphMode = glyphs, WholeInlineMathUpToEm = wholeUpTo, WithHtmlSvg = true };
            var withXml = MathRenderer.Default.Render(tex, mode, options);
            var htmlOnly = MathRenderer.Default.Render(tex, mode, options with { WithXmlSvg = false });
            // The XML is left out exactly where its HTML form stands for it; everything else is the same.
            Assert.Equal(withXml.HtmlSvg is null ? withXml.Svg : "", htmlOnly.Svg);
            AssertSameHtmlForm(withXml.HtmlSvg, htmlOnly.HtmlSvg);
            Assert.Equal((withXml.WidthEm, withXml.HeightEm, withXml.DepthEm, withXml.Environment), (htmlOnly.WidthEm, htmlOnly.HeightEm, htmlOnly.DepthEm, htmlOnly.Environment));
            Assert.Equal(withXml.Rows, htmlOnly.Rows);
            Assert.Equal(withXml.Errors.Select(e => e.Message), htmlOnly.Errors.Select(e => e.Message));
            Assert.Equal(withXml.GlyphIds, htmlOnly.GlyphIds);
            Assert.Equal(withXml.LinePieces.Count, htmlOnly.LinePieces.Count);
            for (var i = 0; i < withXml.LinePieces.Count; i++)
            {
                var (xmlPiece, htmlPiece) = (withXml.LinePieces[i], htmlOnly.LinePieces[i]);
                Assert.Equal(xmlPiece.HtmlSvg is null ? xmlPiece.Svg : "", htmlPiece.Svg);
                Assert.Equal((xmlPiece.WidthEm, xmlPiece.HeightEm, xmlPiece.DepthEm), (htmlPiece.WidthEm, htmlPiece.HeightEm, htmlPiece.DepthEm));
                AssertSameHtmlForm(xmlPiece.HtmlSvg, htmlPiece.HtmlSvg);
            }
            Assert.Equal(TypesetEquation.FromEngine(withXml).Svgs, TypesetEquation.FromEngine(htmlOnly).Svgs);
        }
    }

    private static void AssertSameHtmlForm(Utf8Svg? expected, Utf8Svg? actual)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is null) return;
        Assert.Equal(expected.Bytes.ToArray(), actual!.Bytes.ToArray());
        Assert.Equal((expected.Length, expected.XmlLength, expected.XmlAriaLabel), (actual.Length, actual.XmlLength, actual.XmlAriaLabel));
    }

    [Fact]
    public void Without_its_xml_an_equation_is_still_held_to_the_svg_size_limit_in_xml_characters()
    {
        const string tex = @"\frac{a}{b} + \sqrt{x^2 + y^2} = \alpha";
        var options = new MathRenderOptions { WithHtmlSvg = true };
        var length = MathRenderer.Default.Render(tex, MathMode.Inline, options).Svg.Length;
        foreach (var limit in new[] { length, length - 1 })
        {
            var bounded = options with { MaxSvgLength = limit };
            var withXml = MathRenderer.Default.Render(tex, MathMode.Inline, bounded);
            var htmlOnly = MathRenderer.Default.Render(tex, MathMode.Inline, bounded with { WithXmlSvg = false });
            Assert.True(limit < length == withXml.HasErrors, $"limit {limit}, length {length}: {string.Join("; ", withXml.Errors.Select(e => e.Message))}");
            Assert.Equal(withXml.HasErrors, htmlOnly.HasErrors);
            Assert.Equal(withXml.HtmlSvg!.XmlLength, htmlOnly.HtmlSvg!.XmlLength);
        }
    }

    private static void AssertHtmlFormIsTheScans(string svg, Utf8Svg? html)
    {
        if (html is null) return;
        var scanned = PlainEngineSvg.ToHtml(svg);
        Assert.Equal(scanned, System.Text.Encoding.UTF8.GetString(html.Bytes.Span));
        Assert.Equal(scanned!.Length, html.Length);
        Assert.Equal(svg.Length, html.XmlLength);
        // The same label and length as read from the XML (compared by equality), the same HTML.
        Assert.Equal(EquationSvg.FromEngine(svg), EquationSvg.FromEngine(svg, html));
    }

    [Theory]
    [MemberData(nameof(Expressions))]
    public void An_equation_svg_keeps_the_html_as_utf8_that_decodes_to_it(string tex, bool display)
    {
        var svg = MathRenderer.Default.Render(tex, display ? MathMode.Display : MathMode.Inline).Svg;
        var kept = EquationSvg.FromEngine(svg);
        Assert.Equal(EngineSvgHtml.AsParsed(svg), kept.Html);
        Assert.Equal(kept.Html.Length, kept.HtmlLength);
        var written = new char[kept.HtmlLength];
        kept.WriteHtml(written);
        Assert.Equal(kept.Html, new string(written));
    }

    [Fact]
    public void A_long_svg_with_characters_outside_the_basic_plane_becomes_the_same_utf8()
    {
        // Longer than the scan's first buffer (it grows while writing), with pairs of surrogates all along; checked
        // against the XML reader's way.
        var label = string.Concat(Enumerable.Repeat("é 𝔄𝔅 ", 3000));
        AssertUtf8IsTheXmlReadersHtml("<svg xmlns=\"http://www.w3.org/2000/svg\" aria-label=\"" + label + "\"><path d=\"M0 0\"/></svg>");
    }

    [Theory]
    [InlineData("aé𝔄b")]
    [InlineData("x")]
    [InlineData("a long ASCII run before the first other character: é, then 𝔄 and more ASCII after it")]
    public void Short_and_long_labels_with_other_characters_after_ascii_become_the_same_utf8(string label)
    {
        AssertUtf8IsTheXmlReadersHtml(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" aria-label=\"" + label + "\"><text x=\"0\">" + label + " &amp; é</text></svg>");
    }

    private static void AssertUtf8IsTheXmlReadersHtml(string svg)
    {
        var (utf8, length) = PlainEngineSvg.ToUtf8Html(svg)!.Value;
        var html = EngineSvgHtml.NotPlain(svg);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(html), utf8);
        Assert.Equal(html.Length, length);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><g fill=\"red\"><path d=\"M0 0\"/></g></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><a xlink:href=\"#x\"/></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/1999/xhtml\"><path/></svg>")]
    [InlineData("<svg><path/></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><path></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- c --></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" aria-label=\"a&#11;b\"></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" preserveAspectRatio=\"none\"></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><path /></svg>")]
    public void Svg_of_another_shape_is_left_to_the_xml_reader_or_the_dom(string svg)
    {
        Assert.Null(PlainEngineSvg.ToHtml(svg));
        Assert.Equal(EngineSvgHtml.FromDom(svg), EngineSvgHtml.AsParsed(svg));
    }

    [Fact]
    public void A_control_character_in_a_value_is_not_copied_by_the_one_scan()
    {
        // The XML reader would turn the tab into a space (attribute-value normalisation); the engine writes &#9;.
        Assert.Null(PlainEngineSvg.ToHtml("<svg xmlns=\"http://www.w3.org/2000/svg\" aria-label=\"a\tb\"></svg>"));
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
        var plain = 0;
        var engineWrote = 0;
        for (var i = 0; i < 300; i++)
        {
            var tex = new System.Text.StringBuilder();
            for (var n = random.Next(1, 24); n > 0; n--)
                tex.Append(random.Next(4) == 0 ? commands[random.Next(commands.Length)] : alphabet[random.Next(alphabet.Length)].ToString());
            var result = MathRenderer.Default.Render(tex.ToString(), random.Next(2) == 0 ? MathMode.Inline : MathMode.Display, new MathRenderOptions { WithHtmlSvg = true });
            var svg = result.Svg;
            AssertHtmlFormIsTheScans(svg, result.HtmlSvg);
            if (result.HtmlSvg is not null) engineWrote++;
            if (EngineSvgHtml.FromXml(svg) is { } fromXml) Assert.Equal(EngineSvgHtml.FromDom(svg), fromXml);
            if (PlainEngineSvg.ToHtml(svg) is { } scanned)
            {
                Assert.Equal(EngineSvgHtml.FromDom(svg), scanned);
                plain++;
            }
        }
        // Random TeX is often an error (drawn in red, a colour) or coloured: the one scan takes the rest, and must
        // have taken enough of them to be tested on something.
        Assert.True(plain > 50, $"{plain} of 300 taken by the one scan");
        Assert.True(engineWrote > 50, $"{engineWrote} of 300 written in HTML form by the engine");
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
            // The pieces a page's file is written from are the same text.
            var written = slots.Pieces(html);
            Assert.Equal(expected.Length, written.Length);
            Assert.Equal(expected, written.ToString());
        }
    }
}
