using StaticMath.Math.Syntax;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>What one row of a display shows at its right and how references to its label read.</summary>
/// <param name="TagText">Shown at the right edge: "(3)", "(x)" for <c>\tag{x}</c>, "x" for <c>\tag*{x}</c>; null for none.</param>
/// <param name="ReferenceText">What <c>\ref</c> prints for the row's label ("3", "x"); null when the row has no number.</param>
/// <param name="Label">The row's <c>\label</c>, if any.</param>
public sealed record NumberedRow(string? TagText, string? ReferenceText, string? Label);

/// <summary>
/// amsmath's numbering rules, per page: <c>\tag</c> always shows and takes no number; <c>\notag</c>/<c>\nonumber</c>
/// suppress; in <see cref="MathNumbering.Ams"/> unstarred numbered environments number each row (multline only its
/// last); in <see cref="MathNumbering.All"/> every display is numbered except starred environments.
/// </summary>
public static class EquationNumbering
{
    private static readonly HashSet<string> NumberedEnvironments = new(StringComparer.Ordinal)
    {
        "equation", "align", "gather", "multline", "eqnarray", "alignat", "flalign", "xalignat", "xxalignat",
    };

    /// <summary>
    /// Quarto's <c>$$ … $$ {#eq-x}</c>: a labelled display is numbered whatever the numbering mode (Quarto numbers
    /// exactly the labelled equations). The label goes to the display's first numbered row, or the last row gets the
    /// next number; a row's own <c>\label</c> is kept.
    /// </summary>
    public static IReadOnlyList<NumberedRow> WithAttributeLabel(IReadOnlyList<NumberedRow> rows, string label, ref int counter)
    {
        List<NumberedRow> result = rows.Count == 0 ? [new NumberedRow(null, null, null)] : rows.ToList();
        var index = result.FindIndex(r => r.ReferenceText is not null);
        if (index < 0)
        {
            index = result.Count - 1;
            counter++;
            var number = counter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            result[index] = result[index] with { TagText = "(" + number + ")", ReferenceText = number };
        }

        if (result[index].Label is null)
        {
            result[index] = result[index] with { Label = label };
        }

        return result;
    }

    /// <param name="counter">The page's equation counter, advanced for each number given.</param>
    public static IReadOnlyList<NumberedRow> Assign(string? environment, IReadOnlyList<ArrayRowInfo> rows, MathNumbering mode, ref int counter)
    {
        IReadOnlyList<ArrayRowInfo> effective = rows.Count == 0 ? [new ArrayRowInfo()] : rows;
        var starred = environment?.EndsWith('*') == true;
        var baseName = environment?.TrimEnd('*');
        var numberedEnvironment = baseName is not null && !starred && NumberedEnvironments.Contains(baseName);
        var lastRowOnly = baseName == "multline";

        var result = new List<NumberedRow>(effective.Count);
        for (var i = 0; i < effective.Count; i++)
        {
            var row = effective[i];
            if (row.Tag is not null)
            {
                result.Add(new NumberedRow(row.TagIsStarred ? row.Tag : "(" + row.Tag + ")", row.Tag, row.Label));
                continue;
            }

            var rowMayNumber = !row.NoNumber && (!lastRowOnly || i == effective.Count - 1);
            var numbered = rowMayNumber && mode switch
            {
                MathNumbering.Ams => numberedEnvironment,
                MathNumbering.All => !starred,
                _ => false,
            };

            if (numbered)
            {
                counter++;
                var number = counter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                result.Add(new NumberedRow("(" + number + ")", number, row.Label));
            }
            else
            {
                result.Add(new NumberedRow(null, null, row.Label));
            }
        }

        return result;
    }
}
