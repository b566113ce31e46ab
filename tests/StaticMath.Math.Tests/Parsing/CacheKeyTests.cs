using static StaticMath.Math.Tests.Parsing.ParseTestSupport;

namespace StaticMath.Math.Tests.Parsing;

public sealed class CacheKeyTests
{
    [Fact]
    public void SameInputGivesTheSameKeyAcrossSessions()
    {
        var a = Parse(@"\frac{a}{b}").CacheKey;
        var b = Parse(@"\frac{a}{b}").CacheKey;
        Assert.Equal(a, b);
        Assert.Matches("^[0-9a-f]{32}$", a);
    }

    [Fact]
    public void ModeAndTexChangeTheKey()
    {
        var session = NewSession();
        var display = session.Parse("x", MathMode.Display).CacheKey;
        Assert.NotEqual(display, session.Parse("x", MathMode.Inline).CacheKey);
        Assert.NotEqual(display, session.Parse("y", MathMode.Display).CacheKey);
    }

    [Fact]
    public void MacroDefinitionsInScopeChangeTheKey()
    {
        var plain = NewSession().Parse(@"\R", MathMode.Display).CacheKey;
        var session = NewSession();
        session.Parse(@"\newcommand{\R}{\mathbb{R}}", MathMode.Display);
        var withMacro = session.Parse(@"\R", MathMode.Display).CacheKey;
        var other = NewSession();
        other.Parse(@"\newcommand{\R}{\mathcal{R}}", MathMode.Display);
        Assert.NotEqual(plain, withMacro);
        Assert.NotEqual(withMacro, other.Parse(@"\R", MathMode.Display).CacheKey);
    }

    [Fact]
    public void SiteMacrosAreInTheKeyIndependentOfInsertionOrder()
    {
        var first = new Dictionary<string, MacroDefinition> { ["A"] = new("a"), ["B"] = new("b") };
        var second = new Dictionary<string, MacroDefinition> { ["B"] = new("b"), ["A"] = new("a") };
        var keyA = NewSession(new MathRenderOptions { Macros = first }).Parse("x", MathMode.Display).CacheKey;
        var keyB = NewSession(new MathRenderOptions { Macros = second }).Parse("x", MathMode.Display).CacheKey;
        Assert.Equal(keyA, keyB);
        Assert.NotEqual(keyA, Parse("x").CacheKey);
    }

    [Fact]
    public void FontIdIsInTheKey()
    {
        var other = new MathRenderer(new ParsingTestFont("OTHER")).CreateSession().Parse("x", MathMode.Display).CacheKey;
        Assert.NotEqual(Parse("x").CacheKey, other);
    }

    [Fact]
    public void EngineStampComesFromTheEngineAssemblyNotAHandKeptVersion()
    {
        // Deterministic builds make the MVID a hash of the compiled code and embedded fonts/tables.
        var mvid = typeof(MathRenderer).Assembly.ManifestModule.ModuleVersionId;
        Assert.NotEqual(Guid.Empty, mvid);
        Assert.EndsWith("+" + mvid.ToString("N"), MathEngineInfo.BuildStamp, StringComparison.Ordinal);
        Assert.StartsWith(MathEngineInfo.Version, MathEngineInfo.BuildStamp, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherEngineBuildGivesAnotherKey()
    {
        var scope = new StaticMath.Math.Parsing.Macros.MacroScope(new Dictionary<string, MacroDefinition>());
        var current = StaticMath.Math.Parsing.MathCacheKey.Compute("x", MathMode.Display, scope, "LMM", MathEngineInfo.BuildStamp);
        var rebuilt = StaticMath.Math.Parsing.MathCacheKey.Compute("x", MathMode.Display, scope, "LMM", MathEngineInfo.Version + "+0123");
        Assert.NotEqual(current, rebuilt);
        var font = MathRenderer.Default.Font.Id;
        Assert.Equal(
            StaticMath.Math.Parsing.MathCacheKey.Compute("x", MathMode.Display, scope, font, MathEngineInfo.BuildStamp),
            MathRenderer.Default.CreateSession().Parse("x", MathMode.Display).CacheKey);
    }
}
