namespace StaticMath.Site.Markdown.Extensions.PandocCitations;

/// <summary>
/// Quarto's cross-reference keys: <c>@eq-x</c> for equations, and <c>@fig-x</c>, <c>@tbl-x</c>, <c>@thm-x</c>… for
/// figures, tables and theorem-like blocks (when no bibliography entry has that key, as in Quarto).
/// </summary>
public static class QuartoCrossReference
{
    /// <summary>Quarto's default text before an equation number ("Equation 1").</summary>
    public const string EquationWord = "Equation";

    private static readonly string[] Prefixes = ["eq", "fig", "tbl", "sec", "lst", "thm", "lem", "cor", "prp", "cnj", "def", "exm", "exr", "rem", "sol"];

    public static bool IsEquation(string key) => key.StartsWith("eq-", StringComparison.Ordinal) && key.Length > 3;

    public static bool IsCrossReference(string key)
    {
        var dash = key.IndexOf('-');
        return dash > 0 && dash < key.Length - 1 && Prefixes.Contains(key[..dash], StringComparer.Ordinal);
    }
}
