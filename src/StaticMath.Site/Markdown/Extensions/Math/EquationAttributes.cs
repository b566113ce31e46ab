using System.Text.RegularExpressions;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// The attribute Quarto and pandoc-crossref write after a display's closing <c>$$</c>: <c>{#eq-energy}</c> (classes or
/// key=value pairs may follow the id). The id becomes the equation's label.
/// </summary>
public static partial class EquationAttributes
{
    public static bool TryReadLabel(string trailer, out string label)
    {
        var match = Attribute().Match(trailer);
        label = match.Success ? match.Groups["id"].Value : "";
        return match.Success;
    }

    [GeneratedRegex(@"^\{\s*#(?<id>[A-Za-z0-9_][A-Za-z0-9_:.\-]*)(\s+[^{}]*)?\}$", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();
}
