namespace StaticMath.Math;

/// <summary>What kind of name a <see cref="MathCommandInfo"/> is.</summary>
public enum MathCommandKind
{
    /// <summary>A command with its own parsing rule (<c>\frac</c>, <c>\sqrt</c>, <c>\color</c>).</summary>
    Command,

    /// <summary>A symbol from the symbol table (<c>\alpha</c>, <c>\leq</c>, <c>\sum</c>, <c>\sin</c>, <c>\hat</c>).</summary>
    Symbol,

    /// <summary>A built-in macro expanding to other commands (<c>\iff</c>, <c>\pmod</c>).</summary>
    Macro,

    /// <summary>A command that defines macros or changes grouping (<c>\newcommand</c>, <c>\def</c>, <c>\let</c>).</summary>
    Definition,

    /// <summary>An environment used as <c>\begin{name}…\end{name}</c>.</summary>
    Environment,
}

/// <summary>One supported name: the control sequence without its backslash (or the environment name), its kind and family.</summary>
/// <param name="Family">A human-readable group such as <c>Fraction</c>, <c>Relations</c> or <c>Matrix</c>.</param>
public sealed record MathCommandInfo(string Name, MathCommandKind Kind, string Family)
{
    /// <summary>How a writer types it: <c>\frac</c>, or <c>\begin{pmatrix}</c> for an environment.</summary>
    public string Usage => Kind == MathCommandKind.Environment ? @"\begin{" + Name + "}" : @"\" + Name;
}
