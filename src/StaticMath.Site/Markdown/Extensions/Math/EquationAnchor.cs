using System.Text;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>HTML ids for equation labels: <c>\label{eq:Bayes rule}</c> → <c>eq-eq-Bayes-rule</c>.</summary>
public static class EquationAnchor
{
    public static string IdFor(string label)
    {
        var builder = new StringBuilder("eq-", label.Length + 3);
        foreach (var c in label.Trim())
        {
            // Letters, digits, '-', '_' and '.' are safe in ids and in CSS selectors' common uses; the rest become '-'.
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        return builder.ToString();
    }
}
