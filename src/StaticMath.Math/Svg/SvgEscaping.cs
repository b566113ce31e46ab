using System.Text;

namespace StaticMath.Math.Svg;

/// <summary>Escapes text for an XML/HTML attribute value in double quotes.</summary>
internal static class SvgEscaping
{
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
