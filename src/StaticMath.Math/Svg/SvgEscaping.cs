using System.Text;

namespace StaticMath.Math.Svg;

/// <summary>Escapes text for XML/HTML: attribute values in double quotes and element content.</summary>
internal static class SvgEscaping
{
    /// <summary>Element content (of <c>&lt;text&gt;</c>): only the markup characters need escaping.</summary>
    public static string Text(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    public static string Attribute(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            builder.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\n' => "&#10;",
                '\r' => "&#13;",
                '\t' => "&#9;",
                _ => ch.ToString(),
            });
        }

        return builder.ToString();
    }
}
