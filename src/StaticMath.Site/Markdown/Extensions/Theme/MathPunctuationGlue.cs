using AngleSharp.Dom;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Theme;

/// <summary>
/// A browser may break a line between an inline equation (an SVG) and the punctuation right after it, leaving a lone
/// "." at the start of the next line on a phone. The equation and that punctuation are wrapped together in a
/// <c>span.math-glue</c>, which the theme keeps on one line; a long formula set as pieces still breaks between them.
/// </summary>
public sealed class MathPunctuationGlue : IHtmlPostProcessor
{
    public const string GlueClass = "math-glue";

    // After the math and citations are final, before the content grid's text is wrapped.
    public int Order => 940;

    public void Process(IDocument html, IElement body, PageRenderContext ctx)
    {
        foreach (var math in body.QuerySelectorAll(".math-inline").ToList())
        {
            if (math.NextSibling is not IText text || text.Data.Length == 0) continue;
            var length = PunctuationLength(text.Data);
            if (length == 0) continue;
            var glue = html.CreateElement("span");
            glue.ClassList.Add(GlueClass);
            math.Parent!.InsertBefore(glue, math);
            glue.AppendChild(math);
            glue.AppendChild(html.CreateTextNode(text.Data[..length]));
            if (length == text.Data.Length) text.Remove();
            else text.Data = text.Data[length..];
        }
    }

    /// <summary>How many characters at the start are closing punctuation (".", ",", ")", "”", "…").</summary>
    private static int PunctuationLength(string text)
    {
        var n = 0;
        while (n < text.Length && IsClosingPunctuation(text[n])) n++;
        return n;
    }

    private static bool IsClosingPunctuation(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\'' or '"' or '\u2019' or '\u201D' or '\u00BB' or '\u2026'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.ClosePunctuation or System.Globalization.UnicodeCategory.FinalQuotePunctuation;
}
