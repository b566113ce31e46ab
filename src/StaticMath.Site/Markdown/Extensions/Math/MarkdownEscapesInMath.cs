using System.Text;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// Hugo (Goldmark), Zola (pulldown-cmark), Eleventy (markdown-it) and kramdown's single-dollar text hand MathJax the
/// math after Markdown has removed backslash escapes, so posts write <c>x\_i</c> and <c>a \* b</c> to keep emphasis
/// away. This removes the backslash before the punctuation that Markdown escapes but TeX math gives no meaning:
/// <c>_ * - + &lt; ? @</c>. Escapes that are TeX (<c>\{ \} \, \; \: \! \| \\ \# \$ \% \&amp;</c>, spaces, brackets) and
/// the text accents (<c>\' \" \` \^ \~ \= \.</c>, meaningful inside <c>\text{…}</c>) are left alone.
/// </summary>
internal static class MarkdownEscapesInMath
{
    private const string Removed = "_*-+<?@";

    public static string Remove(string tex, MathEscapes mode)
    {
        if (mode == MathEscapes.Tex || tex.IndexOf('\\') < 0)
        {
            return tex;
        }

        StringBuilder? result = null;
        var copiedUpTo = 0;
        for (var i = 0; i < tex.Length - 1; i++)
        {
            if (tex[i] != '\\')
            {
                continue;
            }

            var next = tex[i + 1];
            if (Removed.Contains(next))
            {
                result ??= new StringBuilder(tex.Length);
                result.Append(tex, copiedUpTo, i - copiedUpTo);
                copiedUpTo = i + 1;
            }

            // Step over the escaped character: in "\\_" the pair "\\" is TeX's line break and the "_" a subscript.
            i++;
        }

        return result is null ? tex : result.Append(tex, copiedUpTo, tex.Length - copiedUpTo).ToString();
    }
}

/// <summary>What happens to Markdown backslash escapes inside math (<c>math.escapes</c>).</summary>
public enum MathEscapes
{
    /// <summary>Removed where TeX gives them no meaning (<c>\_</c> → <c>_</c>), as Hugo, Zola and Eleventy do.</summary>
    Markdown,

    /// <summary>Kept: the math is TeX exactly as written (pandoc/Quarto, kramdown's <c>$$</c>).</summary>
    Tex,
}
