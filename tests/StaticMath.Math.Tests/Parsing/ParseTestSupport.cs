using StaticMath.Math.Syntax;

namespace StaticMath.Math.Tests.Parsing;

/// <summary>Shortcuts for parser tests.</summary>
internal static class ParseTestSupport
{
    public static readonly MathRenderer Renderer = new(new ParsingTestFont());

    public static MathSession NewSession(MathRenderOptions? options = null) => Renderer.CreateSession(options);

    public static ParsedMath Parse(string tex, MathMode mode = MathMode.Display) => NewSession().Parse(tex, mode);

    /// <summary>Parses and asserts there are no errors; returns the top-level items.</summary>
    public static IReadOnlyList<MathNode> Items(string tex, MathSession? session = null)
    {
        var parsed = (session ?? NewSession()).Parse(tex, MathMode.Display);
        Assert.True(parsed.Errors.Count == 0, $"Unexpected errors for {tex}: {string.Join("; ", parsed.Errors.Select(e => $"{e.Offset}: {e.Message}"))}");
        return ((MathList)parsed.Root).Items;
    }

    /// <summary>Parses an expression expected to give exactly one top-level node of type T.</summary>
    public static T Single<T>(string tex, MathSession? session = null) where T : MathNode
    {
        var items = Items(tex, session);
        Assert.Single(items);
        return Assert.IsType<T>(items[0]);
    }

    public static SymbolAtom Atom(MathNode node) => Assert.IsType<SymbolAtom>(node);

    /// <summary>Concatenated text of the atoms of a list (for compact assertions).</summary>
    public static string Text(MathList list) => string.Concat(list.Items.Select(i => i switch
    {
        SymbolAtom a => a.Text,
        MathList l => "{" + Text(l) + "}",
        _ => "<" + i.GetType().Name + ">",
    }));
}
