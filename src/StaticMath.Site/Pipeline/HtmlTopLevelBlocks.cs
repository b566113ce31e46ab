using AngleSharp.Html.Parser;

namespace StaticMath.Site.Pipeline;

/// <summary>
/// Where the top-level nodes of an HTML fragment end, found by <see cref="PlainHtmlReader"/> (no DOM): a reader that
/// needs only the start of a multi-megabyte page (a feed entry cut to its budget, the first display equation) parses
/// that prefix alone. An end is given only while the tags nest plainly, so the prefix parses into exactly the leading
/// nodes the whole fragment parses into; past markup the tree builder treats specially the only end is the fragment's.
/// </summary>
public static class HtmlTopLevelBlocks
{
    /// <summary>
    /// The offsets (exclusive) after the top-level elements of <paramref name="html"/> from <paramref name="start"/>,
    /// in order, lazily; the last is always <c>html.Length</c>.
    /// </summary>
    public static IEnumerable<int> Ends(string html, int start = 0)
    {
        using var reader = new PlainHtmlReader(html, start);
        while (reader.Read())
        {
            if (reader.Open.Count == 0 && reader.Token.Type is HtmlTokenType.StartTag or HtmlTokenType.EndTag && reader.TokenEnd < html.Length)
                yield return reader.TokenEnd;
        }
        yield return html.Length;
    }
}
