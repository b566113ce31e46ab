using System.Text;

namespace StaticMath.Math.Svg;

/// <summary>Escapes text for XML/HTML: attribute values in double quotes and element content.</summary>
internal static class SvgEscaping
{
    /// <summary>Element content (of <c>&lt;text&gt;</c>): only the markup characters need escaping.</summary>
    public static StringBuilder AppendEscapedText(this StringBuilder builder, string text)
    {
        foreach (var ch in text)
        {
            _ = ch switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                _ => builder.Append(ch),
            };
        }

        return builder;
    }

    /// <summary>Appends a double-quoted attribute's value; line breaks and tabs as references so they survive
    /// attribute-value normalisation.</summary>
    public static StringBuilder AppendEscapedAttribute(this StringBuilder builder, string text)
    {
        foreach (var ch in text)
        {
            _ = ch switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\n' => builder.Append("&#10;"),
                '\r' => builder.Append("&#13;"),
                '\t' => builder.Append("&#9;"),
                _ => builder.Append(ch),
            };
        }

        return builder;
    }
}
