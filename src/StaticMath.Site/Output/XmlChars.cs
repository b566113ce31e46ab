using System.Text;
using System.Xml;

namespace StaticMath.Site.Output;

/// <summary>
/// XML 1.0 cannot carry most control characters (a form feed or ESC pasted from a PDF), not even as character
/// references, and XmlWriter throws on them. Text bound for XML drops them; the HTML pages keep the text as written.
/// </summary>
public static class XmlChars
{
    public static string Valid(string text)
    {
        var firstInvalid = FirstInvalid(text);
        if (firstInvalid < 0) return text;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstInvalid);
        for (var i = firstInvalid; i < text.Length; i++)
        {
            var c = text[i];
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c)) builder.Append(c).Append(text[++i]);
            else if (XmlConvert.IsXmlChar(c)) builder.Append(c);
        }
        return builder.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i])) { i++; continue; }
            if (!XmlConvert.IsXmlChar(text[i])) return i;
        }
        return -1;
    }
}
