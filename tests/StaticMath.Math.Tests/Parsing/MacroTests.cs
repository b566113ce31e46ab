using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Parsing.ParseTestSupport;

namespace StaticMath.Math.Tests.Parsing;

public sealed class MacroTests
{
    [Fact]
    public void NewcommandWithArgumentsSubstitutesThem()
    {
        var session = NewSession();
        var items = Items(@"\newcommand{\pair}[2]{(#1,#2)}\pair{a}{b}", session);
        Assert.Equal("(a,b)", string.Concat(items.Select(i => Atom(i).Text)));
    }

    [Fact]
    public void OptionalFirstArgumentUsesItsDefaultWhenOmitted()
    {
        var session = NewSession();
        var withDefault = Items(@"\newcommand{\E}[2][X]{#1_#2}\E{t}", session);
        var scripts = Assert.IsType<ScriptsNode>(Assert.Single(withDefault));
        Assert.Equal("X", Atom(scripts.Nucleus).Text);
        var given = Assert.IsType<ScriptsNode>(Assert.Single(Items(@"\E[Y]{t}", session)));
        Assert.Equal("Y", Atom(given.Nucleus).Text);
    }

    [Fact]
    public void DefinitionsPersistForLaterExpressionsInTheSameSession()
    {
        var session = NewSession();
        var preamble = session.Parse(@"\newcommand{\R}{\mathbb{R}} \def\eps{\varepsilon}", MathMode.Display);
        Assert.Empty(preamble.Errors);
        Assert.Empty(((MathList)preamble.Root).Items);
        var later = Items(@"x \in \R, \eps", session);
        Assert.Equal(MathVariant.DoubleStruck, Atom(later[2]).Variant);
        Assert.Equal("\u03B5", Atom(later[4]).Text);
    }

    [Fact]
    public void DefinitionsDoNotLeakIntoOtherSessions()
    {
        var first = NewSession();
        first.Parse(@"\newcommand{\R}{\mathbb{R}}", MathMode.Display);
        var other = NewSession().Parse(@"\R", MathMode.Display);
        Assert.Equal(@"Undefined control sequence \R", Assert.Single(other.Errors).Message);
    }

    [Fact]
    public void SiteMacrosFromOptionsApplyWithArityAndOptionalDefault()
    {
        var options = new MathRenderOptions
        {
            Macros = new Dictionary<string, MacroDefinition>
            {
                ["RR"] = new(@"\mathbb{R}"),
                ["norm"] = new(@"\lVert #1 \rVert", 1),
                ["E"] = new(@"\mathbb{E}_{#1}", 2, "p"),
            },
        };
        var session = NewSession(options);
        var items = Items(@"\RR \norm{x} \E{y}", session);
        Assert.Equal(MathVariant.DoubleStruck, Atom(items[0]).Variant);
        Assert.Equal("\u2016", Atom(items[1]).Text);
        var scripts = Assert.IsType<ScriptsNode>(items[4]);
        Assert.Equal("p", Text(scripts.Subscript!));
    }

    [Fact]
    public void RenewcommandCanOverrideABuiltInCommand()
    {
        var session = NewSession();
        var items = Items(@"\renewcommand{\vec}[1]{\mathbf{#1}}\vec{v}", session);
        Assert.Equal(MathVariant.Bold, Atom(Assert.Single(items)).Variant);
    }

    [Fact]
    public void ProvidecommandKeepsAnExistingDefinition()
    {
        var session = NewSession();
        var items = Items(@"\newcommand{\x}{a}\providecommand{\x}{b}\providecommand{\y}{c}\x\y", session);
        Assert.Equal("ac", string.Concat(items.Select(i => Atom(i).Text)));
    }

    [Fact]
    public void DefWithDelimitedParametersMatchesTheDelimiters()
    {
        var items = Items(@"\def\pt(#1,#2){#2#1}\pt(a,b)");
        Assert.Equal("ba", string.Concat(items.Select(i => Atom(i).Text)));
    }

    [Fact]
    public void LetCopiesTheCurrentMeaning()
    {
        var session = NewSession();
        var items = Items(@"\let\oldphi\phi \renewcommand{\phi}{\varphi} \oldphi\phi", session);
        Assert.Equal("\u03D5\u03C6", string.Concat(items.Select(i => Atom(i).Text)));
    }

    [Fact]
    public void DeclareMathOperatorMakesNamedOperators()
    {
        var session = NewSession();
        var items = Items(@"\DeclareMathOperator{\tr}{tr}\DeclareMathOperator*{\argmax}{arg\,max}\tr A \argmax_x", session);
        var tr = Assert.IsType<BigOperator>(items[0]);
        Assert.Equal(LimitsMode.NoLimits, tr.Limits);
        Assert.Equal("tr", Text(tr.Name!));
        Assert.All(tr.Name!.Items, i => Assert.Equal(MathVariant.Normal, Atom(i).Variant));
        var argmax = Assert.IsType<BigOperator>(Assert.IsType<ScriptsNode>(items[2]).Nucleus);
        Assert.Equal(LimitsMode.DisplayLimits, argmax.Limits);
    }

    [Fact]
    public void DeclarePairedDelimiterSupportsPlainStarredAndSizedForms()
    {
        var session = NewSession();
        var items = Items(@"\DeclarePairedDelimiter{\abs}{\lvert}{\rvert} \abs{x} \abs*{y} \abs[\big]{z}", session);
        var open = Assert.IsType<ClassedGroup>(items[0]);
        Assert.Equal(AtomClass.Open, open.Class);
        Assert.Equal(AtomClass.Close, Assert.IsType<ClassedGroup>(items[2]).Class);
        var delimited = Assert.IsType<DelimitedNode>(items[3]);
        Assert.Equal("|", delimited.Left);
        var sized = Assert.IsType<SizedDelimiterNode>(items[4]);
        Assert.Equal((1, AtomClass.Open), (sized.Size, sized.Class));
        Assert.Equal(AtomClass.Close, Assert.IsType<SizedDelimiterNode>(items[6]).Class);
    }

    [Fact]
    public void RequireIsAcceptedAndIgnored()
    {
        Assert.Equal("x", Atom(Assert.Single(Items(@"\require{physics}x"))).Text);
    }

    [Fact]
    public void BgroupAndEgroupActAsBraces()
    {
        var scripts = Single<ScriptsNode>(@"e^\bgroup a+b\egroup");
        Assert.Equal("a+b", Text(scripts.Superscript!));
    }

    [Fact]
    public void RecursiveMacroHitsTheExpansionLimitInsteadOfHanging()
    {
        var session = NewSession(new MathRenderOptions { MaxMacroExpansions = 500 });
        var parsed = session.Parse(@"\def\loop{x\loop}\loop", MathMode.Display);
        var error = Assert.Single(parsed.Errors);
        Assert.Contains("macro expansions (500)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExponentiallyGrowingMacroIsStopped()
    {
        var parsed = Parse(@"\def\a{\a\a}\a");
        Assert.NotEmpty(parsed.Errors);
    }

    [Fact]
    public void MacroErrorsPointAtTheMacroUse()
    {
        var session = NewSession();
        var parsed = session.Parse(@"\newcommand{\bad}{\nosuch}x+\bad", MathMode.Display);
        var error = Assert.Single(parsed.Errors);
        Assert.Equal(28, error.Offset);
    }

    [Fact]
    public void DefinecolorIsUsableInLaterExpressions()
    {
        var session = NewSession();
        session.Parse(@"\definecolor{myblue}{RGB}{0,0,255}", MathMode.Display);
        var color = Single<ColorNode>(@"\textcolor{myblue}{x}", session);
        Assert.Equal("#0000ff", color.Color);
    }

    [Fact]
    public void MissingMacroArgumentIsReported()
    {
        var session = NewSession();
        var parsed = session.Parse(@"\newcommand{\f}[1]{#1}\f", MathMode.Display);
        Assert.Contains(parsed.Errors, e => e.Message == @"Missing argument for \f");
    }
}
