using System.Collections.Frozen;

namespace StaticMath.Math.Parsing.Macros;

/// <summary>
/// Commands defined by LaTeX/amsmath in terms of other commands (<c>\iff</c>, <c>\pmod</c>…): kept as TeX source so
/// their definition reads like the package's, expanded by the <see cref="MacroExpander"/> like user macros (which
/// may override them).
/// </summary>
internal static class BuiltInMacros
{
    private static readonly FrozenDictionary<string, Macro> Macros = Create();

    public static bool TryGet(string name, out Macro macro) => Macros.TryGetValue(name, out macro!);

    public static bool Contains(string name) => Macros.ContainsKey(name);

    public static IEnumerable<string> Names => Macros.Keys;

    private static FrozenDictionary<string, Macro> Create()
    {
        var definitions = new (string Name, string Body, int Arity)[]
        {
            ("iff", @"\;\Longleftrightarrow\;", 0),
            ("implies", @"\;\Longrightarrow\;", 0),
            ("impliedby", @"\;\Longleftarrow\;", 0),
            // amsmath: an ordinary ampersand with thick spaces (MathJax: \;\mathchar"26\;).
            ("And", @"\;\&\;", 0),
            ("bmod", @"\mathbin{\mathrm{mod}}", 0),
            ("pmod", @"\mkern18mu(\mathrm{mod}\mkern6mu #1)", 1),
            ("pod", @"\mkern18mu(#1)", 1),
            ("mod", @"\mkern18mu\mathrm{mod}\mkern6mu #1", 1),
            ("hdots", @"\ldots", 0),
            // The text accent written in math, as posts for KaTeX/MathJax do (\'e): the math accent it stands for.
            ("'", @"\acute{#1}", 1),
            ("lparen", @"(", 0),
            ("rparen", @")", 0),
            ("varliminf", @"\mathop{\underline{\mathrm{lim}}}", 0),
            ("varlimsup", @"\mathop{\overline{\mathrm{lim}}}", 0),
            ("varinjlim", @"\mathop{\underrightarrow{\mathrm{lim}}}", 0),
            ("varprojlim", @"\mathop{\underleftarrow{\mathrm{lim}}}", 0),
            ("bra", @"\mathinner{\langle{#1}|}", 1),
            ("ket", @"\mathinner{|{#1}\rangle}", 1),
            ("braket", @"\mathinner{\langle{#1}\rangle}", 1),
            ("Bra", @"\left\langle{#1}\right|", 1),
            ("Ket", @"\left|{#1}\right\rangle", 1),
            ("Braket", @"\left\langle{#1}\right\rangle", 1),
            ("set", @"\{#1\}", 1),
            ("Set", @"\left\{\,{#1}\,\right\}", 1),
            // KaTeX's colour shorthands (\blue{x}); user macros of the same name take precedence.
            ("red", @"\textcolor{red}{#1}", 1),
            ("green", @"\textcolor{green}{#1}", 1),
            ("blue", @"\textcolor{blue}{#1}", 1),
            ("gray", @"\textcolor{gray}{#1}", 1),
            ("purple", @"\textcolor{purple}{#1}", 1),
            ("orange", @"\textcolor{orange}{#1}", 1),
            ("pink", @"\textcolor{pink}{#1}", 1),
            ("TeX", @"\text{T\kern-.1667em\raisebox{-.5ex}{E}\kern-.125emX}", 0),
            ("LaTeX", @"\text{L\kern-.36em\raisebox{.2em}{\scriptsize A}\kern-.15em T\kern-.1667em\raisebox{-.5ex}{E}\kern-.125emX}", 0),
            ("KaTeX", @"\text{K\kern-.17em\raisebox{.2em}{\scriptsize A}\kern-.15em T\kern-.1667em\raisebox{-.5ex}{E}\kern-.125emX}", 0),
        };
        var macros = new Dictionary<string, Macro>(StringComparer.Ordinal);
        foreach (var (name, body, arity) in definitions)
        {
            macros[name] = new Macro(name, MacroKind.Substitution, Macro.TokenizeSource(body), arity);
        }

        return macros.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
