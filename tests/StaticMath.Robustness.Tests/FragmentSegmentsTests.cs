using StaticMath.Math;
using StaticMath.Site.Markdown.Extensions.Math;
using StaticMath.Site.Pipeline;

namespace StaticMath.Robustness.Tests;

/// <summary>
/// A page's equations wait in the fragment as markers and go into its tokens without being lexed: what
/// <see cref="FragmentTokens.Read"/> gives for a marker must be, with each equation's content (kept as text on its top
/// element) read back in its place, exactly what it gives for the part's HTML, and a marker anywhere the tokens cannot
/// take it must send the page to the DOM with the HTML back in.
/// </summary>
public class FragmentSegmentsTests
{
    /// <summary>Every token with its kind, name, attributes, text and depth, an equation's content read back after its
    /// start tag: equal lists, equal pages.</summary>
    public static string Describe(FragmentTokens? tokens) => tokens is null ? "(DOM)" : string.Join("\n",
        tokens.Tokens.SelectMany(t => t.Inner is null ? [t] : (IEnumerable<FragmentToken>)[t, .. FragmentTokenQueries.ContentOf(t)]).Select(t =>
            $"{t.Depth} {t.Kind} {t.Name} [{string.Join(", ", t.Attributes.Select(a => a.Key + "=" + a.Value))}] {t.Data}"));

    /// <summary>The equation's HTML and its marker, as a page's renderer writes them.</summary>
    public static (string Html, string Marker) Equation(FragmentSegments segments, MathSvgSlots slots, string tex, bool display,
        IReadOnlyList<NumberedRow>? rows = null, string? punctuation = null)
    {
        var written = TypesetEquation.FromEngine(MathRenderer.Default.Render(tex, display ? MathMode.Display : MathMode.Inline)).WithSvgsHeld(slots.Hold);
        rows ??= [];
        var html = display ? MathHtml.Display(written, tex, rows, "div", punctuation) : MathHtml.Inline(written, tex);
        var marker = display
            ? segments.Add(html, markup => MathHtml.WriteDisplay(markup, written, tex, rows, "div", punctuation))
            : segments.Add(html, markup => MathHtml.WriteInline(markup, written, tex));
        return (html, marker);
    }

    [Theory]
    [InlineData("x^2", false)]
    [InlineData("a < b \\;\\&\\; \"c\" 'd'", false)]
    [InlineData("\\text{é ü — 東京 😀}", false)]
    [InlineData("a+b+c+d+e+f+g+h+i+j+k+l+m+n+o+p+q+r+s+t+u+v+w+x+y+z+a+b+c+d+e+f+g+h", false)] // line pieces
    [InlineData("\\underbrace{aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}", false)] // scrolls
    [InlineData("\\int_0^1 f(x)\\,dx", true)]
    [InlineData("a\nb", true)]
    public void A_marker_reads_as_the_tokens_of_its_equations_html(string tex, bool display)
    {
        var segments = new FragmentSegments();
        var (html, marker) = Equation(segments, new MathSvgSlots(), tex, display);
        var (before, after) = display ? ("<div>", "</div>") : ("<p>a &amp; ", " b</p>");
        var lexed = FragmentTokens.Read(before + html + after);
        var marked = FragmentTokens.Read(before + marker + after, segments);
        Assert.NotNull(lexed);
        Assert.Equal(Describe(lexed), Describe(marked));
        Assert.Equal(lexed.Write(), marked!.Write());
    }

    [Fact]
    public void Tags_labels_and_punctuation_read_as_their_html_does()
    {
        var segments = new FragmentSegments();
        var slots = new MathSvgSlots();
        var fragment = "";
        var markedFragment = "";
        foreach (var (tex, rows, punctuation) in new (string, NumberedRow[], string?)[]
        {
            ("a=b", [new NumberedRow("(1)", "1", "eq:one")], "."),
            ("a=b", [new NumberedRow("(⋆)", "⋆", null)], null),
            ("\\begin{aligned}a&=b\\\\c&=d\\end{aligned}", [new NumberedRow("(2)", "2", "x<y"), new NumberedRow(null, null, "z")], ","),
        })
        {
            var (html, marker) = Equation(segments, slots, tex, display: true, rows, punctuation);
            fragment += html + "\n";
            markedFragment += marker + "\n";
        }
        var marked = FragmentTokens.Read(markedFragment, segments);
        Assert.Equal(Describe(FragmentTokens.Read(fragment)), Describe(marked));
        Assert.Equal(FragmentTokens.Read(fragment)!.Write(), marked!.Write());
        Assert.Equal(fragment, segments.Expand(markedFragment));
    }

    [Fact]
    public void A_marker_in_an_attribute_or_comment_sends_the_page_to_the_dom_and_expands_there()
    {
        var segments = new FragmentSegments();
        var (html, marker) = Equation(segments, new MathSvgSlots(), "x", display: false);
        Assert.Null(FragmentTokens.Read("<p title=\"" + marker + "\">x</p>", segments));
        Assert.Null(FragmentTokens.Read("<p>x<!--" + marker + "--></p>", segments));
        Assert.Equal("<p title=\"" + html + "\">x</p>", segments.Expand("<p title=\"" + marker + "\">x</p>"));
    }

    [Fact]
    public void Text_that_looks_like_a_marker_but_is_not_this_pages_stays_text()
    {
        var segments = new FragmentSegments();
        var (_, marker) = Equation(segments, new MathSvgSlots(), "x", display: false);
        var other = new FragmentSegments();
        var (_, othersMarker) = Equation(other, new MathSvgSlots(), "y", display: false);
        var forged = "\uFDD0" + marker[1..^1] + "9\uFDD1"; // an index this page never gave out
        var fragment = "<p>" + othersMarker + " " + forged + " \uFDD0 \uFDD1</p>";
        var tokens = FragmentTokens.Read(fragment, segments);
        Assert.Equal(Describe(FragmentTokens.Read(fragment)), Describe(tokens));
        Assert.Equal(fragment, segments.Expand(fragment));
    }

    [Theory]
    [InlineData(0xD800)] // a lone surrogate: escaping writes U+FFFD (given as a number: test data would mangle it)
    [InlineData('\r')]   // CR: the page's text would take the DOM
    public void Text_the_html_would_not_give_back_as_it_is_sends_the_page_to_the_dom(int character)
    {
        var tex = "\\text{a" + (char)character + "b}";
        var segments = new FragmentSegments();
        var (_, marker) = Equation(segments, new MathSvgSlots(), tex, display: false);
        Assert.Null(FragmentTokens.Read("<p>" + marker + "</p>", segments));
    }

    [Fact]
    public void A_marker_right_after_an_entity_or_between_two_text_runs_is_found()
    {
        var segments = new FragmentSegments();
        var (html, marker) = Equation(segments, new MathSvgSlots(), "x", display: false);
        var fragment = "<p>&lt;" + marker + "&gt;" + marker + "</p>";
        Assert.Equal(Describe(FragmentTokens.Read(fragment.Replace(marker, html, StringComparison.Ordinal))), Describe(FragmentTokens.Read(fragment, segments)));
    }
}
