using StaticMath.Math.Parsing.Symbols;
using StaticMath.Math.Syntax;
using static StaticMath.Math.Tests.Parsing.ParseTestSupport;

namespace StaticMath.Math.Tests.Parsing;

public sealed class SymbolTableTests
{
    /// <summary>Commands real posts use, without arguments; each must parse to something that is not an error.</summary>
    private const string CommonCommands =
        @"alpha beta gamma delta epsilon varepsilon zeta eta theta vartheta iota kappa varkappa lambda mu nu xi omicron pi varpi rho varrho
          sigma varsigma tau upsilon phi varphi chi psi omega Gamma Delta Theta Lambda Xi Pi Sigma Upsilon Phi Psi Omega varGamma varDelta
          varTheta varLambda varXi varPi varSigma varUpsilon varPhi varPsi varOmega digamma aleph beth gimel daleth
          hbar hslash ell wp Re Im partial imath jmath infty nabla emptyset varnothing forall exists nexists neg lnot top bot angle
          measuredangle triangle square Box blacksquare lozenge bigstar diamondsuit heartsuit clubsuit spadesuit flat natural sharp
          prime backprime surd checkmark degree dagger ddagger dag ddag S P copyright pounds mho complement circledS vdots cdots ldots
          ddots dots dotsb dotsc cdotp ldotp colon pm mp times div cdot ast star circ bullet oplus ominus otimes oslash odot cap cup
          sqcap sqcup vee lor wedge land setminus smallsetminus wr amalg uplus bigcirc bigtriangleup bigtriangledown triangleleft
          triangleright lhd rhd unlhd unrhd diamond centerdot dotplus ltimes rtimes leftthreetimes rightthreetimes curlyvee curlywedge
          barwedge veebar boxplus boxminus boxtimes boxdot circledast circledcirc circleddash divideontimes intercal
          leq le geq ge neq ne equiv approx approxeq sim simeq cong propto in ni owns notin subset supset subseteq supseteq subsetneq
          supsetneq nsubseteq nsupseteq sqsubset sqsupset sqsubseteq sqsupseteq ll gg lll ggg prec succ preceq succeq preccurlyeq
          succcurlyeq mid nmid parallel nparallel perp vdash dashv models vDash Vdash nvdash nvDash smile frown asymp bowtie doteq
          triangleq eqcirc circeq bumpeq Bumpeq thicksim thickapprox backsim eqsim lesssim gtrsim lessapprox gtrapprox lessgtr
          gtrless leqq geqq leqslant geqslant lneq gneq lneqq gneqq nless ngtr nleq ngeq nsim ncong therefore because between
          pitchfork coloneqq eqqcolon vcentcolon dblcolon multimap
          leftarrow gets rightarrow to leftrightarrow Leftarrow Rightarrow Leftrightarrow longleftarrow longrightarrow
          longleftrightarrow Longleftarrow Longrightarrow Longleftrightarrow iff implies impliedby mapsto longmapsto hookleftarrow
          hookrightarrow leftharpoonup leftharpoondown rightharpoonup rightharpoondown rightleftharpoons leftrightharpoons
          uparrow downarrow updownarrow Uparrow Downarrow Updownarrow nearrow searrow swarrow nwarrow leadsto rightsquigarrow
          nleftarrow nrightarrow nLeftarrow nRightarrow twoheadrightarrow twoheadleftarrow upuparrows downdownarrows
          circlearrowleft circlearrowright curvearrowleft curvearrowright
          sum prod coprod int iint iiint iiiint oint oiint bigcup bigcap bigsqcup bigvee bigwedge bigoplus bigotimes bigodot biguplus
          lbrace rbrace langle rangle lfloor rfloor lceil rceil lvert rvert lVert rVert vert Vert lgroup rgroup backslash
          arcsin arccos arctan arg cos cosh cot coth csc deg det dim exp gcd hom inf ker lg lim liminf limsup ln log max min Pr
          sec sin sinh sup tan tanh
          quad qquad enspace thinspace medspace thickspace displaystyle textstyle scriptstyle scriptscriptstyle tiny small large
          Large huge Huge strut mathstrut notag nonumber";

    public static TheoryData<string> CommonCommandNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in CommonCommands.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            data.Add(name);
        }

        return data;
    }

    [Fact]
    public void TheCommonCommandListIsLargeEnoughToMeanSomething()
    {
        Assert.True(CommonCommandNames().Count >= 300);
    }

    [Theory]
    [MemberData(nameof(CommonCommandNames))]
    public void CommonCommandResolves(string name)
    {
        var parsed = Parse("\\" + name);
        Assert.True(parsed.Errors.Count == 0, $"\\{name}: {string.Join("; ", parsed.Errors.Select(e => e.Message))}");
    }

    [Fact]
    public void TableLoadsWithUniqueNamesAndValidRows()
    {
        var table = SymbolTable.Default;
        Assert.True(table.Count > 600);
        Assert.All(table.All, s => Assert.False(string.IsNullOrEmpty(s.Text), s.Name));
    }

    [Fact]
    public void RejectsAMalformedRow()
    {
        Assert.Throws<FormatException>(() => SymbolTable.Parse(new StringReader("alpha\t03B1\tnotaclass\n")));
        Assert.Throws<FormatException>(() => SymbolTable.Parse(new StringReader("alpha\t03B1\tord\nalpha\t03B1\tord\n")));
    }

    [Theory]
    [InlineData(@"\alpha", "\u03B1", AtomClass.Ord)]
    [InlineData(@"\varphi", "\u03C6", AtomClass.Ord)]
    [InlineData(@"\phi", "\u03D5", AtomClass.Ord)]
    [InlineData(@"\leq", "\u2264", AtomClass.Rel)]
    [InlineData(@"\neq", "\u2260", AtomClass.Rel)]
    [InlineData(@"\notin", "\u2209", AtomClass.Rel)]
    [InlineData(@"\nleq", "\u2270", AtomClass.Rel)]
    [InlineData(@"\longrightarrow", "\u27F6", AtomClass.Rel)]
    [InlineData(@"\times", "\u00D7", AtomClass.Bin)]
    [InlineData(@"\langle", "\u27E8", AtomClass.Open)]
    [InlineData(@"\rVert", "\u2016", AtomClass.Close)]
    [InlineData(@"\coloneqq", "\u2254", AtomClass.Rel)]
    [InlineData(@"\cdots", "\u22EF", AtomClass.Inner)]
    [InlineData(@"\colon", ":", AtomClass.Punct)]
    [InlineData(@"\{", "{", AtomClass.Open)]
    [InlineData(@"\|", "\u2016", AtomClass.Ord)]
    public void SymbolHasItsCodePointAndClass(string tex, string text, AtomClass atomClass)
    {
        var atom = Single<SymbolAtom>(tex);
        Assert.Equal(text, atom.Text);
        Assert.Equal(atomClass, atom.Class);
    }

    [Fact]
    public void VariantCapitalGreekIsItalic()
    {
        Assert.Equal(MathVariant.Italic, Single<SymbolAtom>(@"\varGamma").Variant);
        Assert.Equal(MathVariant.Default, Single<SymbolAtom>(@"\Gamma").Variant);
    }

    [Theory]
    [InlineData(@"\sum", "\u2211", LimitsMode.DisplayLimits)]
    [InlineData(@"\bigcup", "\u22C3", LimitsMode.DisplayLimits)]
    [InlineData(@"\int", "\u222B", LimitsMode.NoLimits)]
    [InlineData(@"\oint", "\u222E", LimitsMode.NoLimits)]
    public void BigOperatorsCarryTheirLimitsBehaviour(string tex, string symbol, LimitsMode limits)
    {
        var op = Single<BigOperator>(tex);
        Assert.Equal(symbol, op.Symbol);
        Assert.Equal(limits, op.Limits);
    }

    [Theory]
    [InlineData(@"\lim", "lim", LimitsMode.DisplayLimits)]
    [InlineData(@"\max", "max", LimitsMode.DisplayLimits)]
    [InlineData(@"\sin", "sin", LimitsMode.NoLimits)]
    [InlineData(@"\log", "log", LimitsMode.NoLimits)]
    public void NamedOperatorsAreUprightText(string tex, string text, LimitsMode limits)
    {
        var op = Single<BigOperator>(tex);
        Assert.Null(op.Symbol);
        Assert.Equal(text, Text(op.Name!));
        Assert.All(op.Name!.Items, i => Assert.Equal(MathVariant.Normal, Atom(i).Variant));
        Assert.Equal(limits, op.Limits);
    }

    [Fact]
    public void LimInfHasAThinSpaceBetweenItsWords()
    {
        var op = Single<BigOperator>(@"\liminf");
        Assert.IsType<SpaceNode>(op.Name!.Items[3]);
    }

    [Fact]
    public void LimitsAndNolimitsOverrideTheDefault()
    {
        Assert.Equal(LimitsMode.Limits, Assert.IsType<BigOperator>(Single<ScriptsNode>(@"\int\limits_0^1").Nucleus).Limits);
        Assert.Equal(LimitsMode.NoLimits, Assert.IsType<BigOperator>(Single<ScriptsNode>(@"\sum\nolimits_i").Nucleus).Limits);
    }

    [Theory]
    [InlineData(@"\not=", "\u2260")]
    [InlineData(@"\not\in", "\u2209")]
    [InlineData(@"\not\subset", "\u2284")]
    [InlineData(@"\not\equiv", "\u2262")]
    public void NotUsesThePrecomposedNegation(string tex, string text)
    {
        var atom = Single<SymbolAtom>(tex);
        Assert.Equal(text, atom.Text);
        Assert.Equal(AtomClass.Rel, atom.Class);
    }

    [Fact]
    public void NotWithoutAPrecomposedFormOverlaysASlash()
    {
        var negation = Single<NegationNode>(@"\not\triangleq");
        Assert.Equal("\u225C", Atom(negation.Body).Text);
    }

    [Fact]
    public void DotsAreCenteredBeforeOperatorsAndLowOtherwise()
    {
        var items = Items(@"a+\dots+b, \dots");
        Assert.Equal("\u22EF", Atom(items[2]).Text);
        Assert.Equal("\u2026", Atom(items[^1]).Text);
    }
}
