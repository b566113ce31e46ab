using System.Text;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>HTML ids for equation labels: <c>\label{eq:Bayes rule}</c> → <c>eq-eq-Bayes-rule</c>; a Quarto label that
/// already starts with <c>eq-</c> keeps its id (<c>{#eq-energy}</c> → <c>eq-energy</c>), so Quarto permalinks still work.</summary>
public static class EquationAnchor
{
    public static string IdFor(string label)
    {
        label = label.Trim();
        var builder = new StringBuilder(label.StartsWith("eq-", StringComparison.Ordinal) ? "" : "eq-", label.Length + 3);
        foreach (var c in label)
        {
            // Letters, digits, '-', '_' and '.' are safe in ids and in CSS selectors' common uses; the rest become '-'.
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        return builder.ToString();
    }
}
