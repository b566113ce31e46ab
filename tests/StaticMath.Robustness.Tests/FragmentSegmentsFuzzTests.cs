using CsCheck;
using StaticMath.Site.Markdown.Extensions.Math;
using StaticMath.Site.Pipeline;

namespace StaticMath.Robustness.Tests;

/// <summary>
/// Equations go into a page's tokens from their markers without being lexed: for any TeX (escapes, quotes, markup,
/// non-Latin text, surrogates, control characters), inline or displayed, tagged or not, the tokens (each equation's
/// content read back) are the ones the tokenizer reads from the equation's HTML and write the same page, or the page
/// takes the DOM.
/// </summary>
public class FragmentSegmentsFuzzTests
{
    private static readonly string[] Pieces =
    [
        "x", "^2", "_i", "+", "=", "<", ">", "&", "\\&", "\"", "'", " ", "\n", "\t", "\\alpha", "\\frac{a}{b}", "\\text{é}", "\\text{東京}",
        "\\text{😀}", "\\text{\uD800}", "\u00A0", "\u0085", "\u0001", "\r", "\\tag{1}", "\\label{a}", "\\mathrm{d}", "{", "}", "\\sqrt{2}",
        "a+b+c+d+e+f+g+h+i+j+", "&amp;", "&lt;", "<svg>", "</span>", "\uFDD0", "\uFDD1",
    ];

    [Fact]
    public void A_marker_reads_as_its_equations_html()
    {
        var gen = Gen.Select(Gen.OneOf(Pieces).Array[1, 12].Select(string.Concat), Gen.Bool, Gen.OneOf<string?>(null, ".", ","),
            Gen.OneOf<string?>(null, "(1)", "(a<b)", "(\u00A0)"));
        var readFromMarkers = 0;
        var samples = 0;
        gen.Sample((tex, display, punctuation, tag) =>
        {
            samples++;
            var segments = new FragmentSegments();
            NumberedRow[] rows = display && tag is not null ? [new NumberedRow(tag, tag.Trim('(', ')'), "eq-" + tex.Length)] : [];
            var (html, marker) = FragmentSegmentsTests.Equation(segments, new MathSvgSlots(), tex, display, rows, punctuation);
            var (before, after) = display ? ("<div>", "</div>") : ("<p>a ", " b</p>");
            var lexed = FragmentTokens.Read(before + html + after);
            var marked = FragmentTokens.Read(before + marker + after, segments);
            // A marked equation may take the DOM where its HTML would not (text escaping would not give back as it is);
            // when it does not, its tokens must be the lexed ones.
            if (marked is not null && FragmentSegmentsTests.Describe(marked) != FragmentSegmentsTests.Describe(lexed))
                throw new InvalidOperationException($"tokens differ for {(display ? "display" : "inline")} TeX:\n{tex}\n--- lexed\n{FragmentSegmentsTests.Describe(lexed)}\n--- marked\n{FragmentSegmentsTests.Describe(marked)}");
            if (marked is not null && marked.Write() != lexed!.Write())
                throw new InvalidOperationException($"the page writes differently for {(display ? "display" : "inline")} TeX:\n{tex}");
            if (lexed is not null && marked is null && ReadsBack(tex + punctuation + tag))
                throw new InvalidOperationException($"the marked equation took the DOM, its HTML would not:\n{tex}");
            if (marked is not null) readFromMarkers++;
        }, iter: FuzzSettings.Iterations(1500), threads: 1);
        Assert.True(readFromMarkers > samples / 2, $"only {readFromMarkers} of {samples} equations were read from their markers");
    }

    private static bool ReadsBack(string text) => !text.Contains('\0') && !text.Contains('\r') && !text.Any(char.IsSurrogate);
}
