using CsCheck;
using static StaticMath.Math.Tests.Parsing.ParseTestSupport;

namespace StaticMath.Math.Tests.Parsing;

/// <summary>
/// <see cref="MathSession.OutlineWithoutParse"/>: a page puts off parsing an equation whose key, rows and environment
/// are known without it, so its outline must be exactly what the parse gives, and the parse must change nothing else.
/// </summary>
public sealed class OutlineWithoutParseTests
{
    private static readonly MathRenderOptions SiteMacros = new()
    {
        Macros = new Dictionary<string, MacroDefinition>
        {
            ["R"] = new(@"\mathbb{R}"),
            ["marked"] = new(@"x \label{m}"),
            ["indirect"] = new(@"\marked"),
            ["defines"] = new(@"\def\late{y}"),
            ["lines"] = new(@"a \\ b"),
            ["loop"] = new(@"\loop"),
        },
    };

    [Theory]
    [InlineData(@"x", MathMode.Inline)]
    [InlineData(@"x^2 + \frac{a}{b}", MathMode.Display)]
    [InlineData(@"\R^n \iff \pmod{3}", MathMode.Inline)]
    [InlineData(@"\text{a \% b} \quad \left( \sum_{k} \right)", MathMode.Display)]
    [InlineData(@"\binom{n}{k} \verb|x|", MathMode.Inline)]
    [InlineData(@"a \\", MathMode.Inline)]
    public void An_inert_expression_has_the_outline_its_parse_gives(string tex, MathMode mode)
    {
        var session = NewSession(SiteMacros);
        var outline = session.OutlineWithoutParse(tex, mode);
        var probe = ProbeKey(session);
        var parsed = session.Parse(tex, mode);
        // A line break may give rows: the expression is parsed at once, even where (inline, at the end) it gives none.
        if (tex.Contains(@"\\", StringComparison.Ordinal))
        {
            Assert.Null(outline);
            return;
        }

        Assert.NotNull(outline);
        AssertSameOutline(outline, parsed);
        Assert.Equal(probe, ProbeKey(session));
    }

    [Theory]
    [InlineData(@"\newcommand{\q}{1}")]
    [InlineData(@"\def\q{1}")]
    [InlineData(@"\let\q\alpha")]
    [InlineData(@"\DeclareMathOperator{\tr}{tr}")]
    [InlineData(@"\definecolor{c}{rgb}{1,0,0}")]
    [InlineData(@"x \eqref{e}")]
    [InlineData(@"x \ref{e}")]
    [InlineData(@"x \tag{1}")]
    [InlineData(@"x \label{e}")]
    [InlineData(@"x \notag")]
    [InlineData(@"x \nonumber")]
    [InlineData(@"a \\ b")]
    [InlineData(@"a \cr b")]
    [InlineData(@"a \newline b")]
    [InlineData(@"\begin{aligned} a \end{aligned}")]
    [InlineData(@"\displaylines{a}")]
    [InlineData(@"\marked")]
    [InlineData(@"\indirect")]
    [InlineData(@"\defines")]
    [InlineData(@"\lines")]
    [InlineData(@"\loop")]
    [InlineData(@"\text{\label{t}}")]
    [InlineData(@"x % \def\q{1}")]
    [InlineData("\\\u00e9")]
    public void An_expression_that_could_tell_more_has_no_outline(string tex)
    {
        var session = NewSession(SiteMacros);
        Assert.Null(session.OutlineWithoutParse(tex, MathMode.Display));
        Assert.Null(session.OutlineWithoutParse(tex, MathMode.Inline));
    }

    [Fact]
    public void A_page_definition_changes_what_its_macro_may_do()
    {
        var session = NewSession();
        Assert.NotNull(session.OutlineWithoutParse(@"\foo", MathMode.Display));
        Assert.False(session.MayDefine(@"\foo"));
        session.Parse(@"\newcommand{\foo}{\def\bar{1}}", MathMode.Display);
        Assert.Null(session.OutlineWithoutParse(@"\foo", MathMode.Display));
        Assert.True(session.MayDefine(@"\foo"));
        session.Parse(@"\renewcommand{\foo}{\eqref{e}}", MathMode.Display);
        Assert.Null(session.OutlineWithoutParse(@"\foo", MathMode.Display));
        Assert.False(session.MayDefine(@"\foo"));
        session.Parse(@"\renewcommand{\foo}{z}", MathMode.Display);
        var outline = session.OutlineWithoutParse(@"\foo", MathMode.Display);
        Assert.NotNull(outline);
        AssertSameOutline(outline, session.Parse(@"\foo", MathMode.Display));
    }

    [Theory]
    [InlineData(@"\newcommand{\q}{1}", true)]
    [InlineData(@"\defines", true)]
    [InlineData(@"x \eqref{e} \tag{2}", false)]
    [InlineData(@"\begin{align} a \\ b \end{align}", false)]
    public void May_define_asks_only_about_definitions(string tex, bool mayDefine) =>
        Assert.Equal(mayDefine, NewSession(SiteMacros).MayDefine(tex));

    private static readonly string[] Pieces =
    [
        "x", "y_1", @"\frac{a}{b}", @"\alpha", "{", "}", "^", "_", "&", @"\\", @"\cr", @"\newline", @"\begin{aligned}a&b\end{aligned}",
        @"\begin{align}a\end{align}", @"\displaylines{a\\b}", @"\tag{1}", @"\label{e}", @"\notag", @"\eqref{e}", @"\ref{e}",
        @"\newcommand{\q}{\tag{2}}", @"\def\w{\\}", @"\newcommand{\p}{p}", @"\q", @"\w", @"\p", @"\R", @"\marked", @"\defines", @"\late",
        @"\text{b}", "% c\n", @"\verb|\def|", @"\left(", @"\right)", @"\pmod{3}", @"\iff", @"\substack{a\\b}",
        @"\pmatrix{a}", @"\operatorname{f}", @"\color{red}", @"\let\z\label", @"\z", @"\mathrm{x}", " ", @"\,", "\\",
    ];

    private static readonly Gen<(string Tex, MathMode Mode)> Expression =
        Gen.Select(Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[1, 6], Gen.Bool, (pieces, display) => (string.Concat(pieces), display ? MathMode.Display : MathMode.Inline));

    [Fact]
    public void On_any_page_an_outline_is_what_the_parse_then_gives_and_the_parse_changes_nothing()
    {
        Expression.Array[1, 8].Sample(page =>
        {
            var session = NewSession(SiteMacros);
            foreach (var (tex, mode) in page)
            {
                var outline = session.OutlineWithoutParse(tex, mode);
                var mayDefine = session.MayDefine(tex);
                var probe = ProbeKey(session);
                var parsed = session.Parse(tex, mode);
                if (outline is not null)
                {
                    AssertSameOutline(outline, parsed);
                    Assert.Empty(parsed.ReferencedLabels);
                }

                if (!mayDefine) Assert.Equal(probe, ProbeKey(session));
            }
        }, iter: 2000);
    }

    /// <summary>A key that holds the scope's digest: it changes whenever the scope does.</summary>
    private static string ProbeKey(MathSession session) => session.Parse("x", MathMode.Inline).CacheKey;

    private static void AssertSameOutline(MathOutline outline, ParsedMath parsed)
    {
        Assert.Equal(parsed.CacheKey, outline.CacheKey);
        Assert.Equal(parsed.Rows, outline.Rows);
        Assert.Equal(parsed.Environment, outline.Environment);
    }
}
