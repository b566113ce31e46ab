namespace StaticMath.Math;

/// <summary>
/// A user macro, as in MathJax's <c>Macros</c> setting: <c>\name</c> expands to <see cref="Body"/> with
/// <c>#1…#9</c> replaced by arguments. <see cref="OptionalDefault"/> makes the first argument optional (<c>[...]</c>).
/// </summary>
public sealed record MacroDefinition(string Body, int Arity = 0, string? OptionalDefault = null);
