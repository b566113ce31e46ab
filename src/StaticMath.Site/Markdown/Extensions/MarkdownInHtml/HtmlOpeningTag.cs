using AngleSharp.Html.Parser;
using Markdig.Helpers;

namespace StaticMath.Site.Markdown.Extensions.MarkdownInHtml;

/// <summary>
/// An HTML opening tag found at the start of a Markdown line: its name, its attributes in source order and its
/// length in characters. Markdig finds where the tag ends (CommonMark raw-HTML rules); AngleSharp reads the
/// attributes, so quoting and entities follow the HTML standard rather than a hand-written tokenizer.
/// </summary>
internal sealed record HtmlOpeningTag(string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes, int Length)
{
    public string? GetAttribute(string name)
    {
        foreach (var (key, value) in Attributes)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase)) return value;
        }
        return null;
    }

    /// <summary>
    /// Reads an opening tag at the start of <paramref name="text"/> that mentions <paramref name="requiredAttribute"/>;
    /// null when the text does not start with such a tag. The cheap text checks come first: AngleSharp is only asked
    /// about the rare tags that can matter.
    /// </summary>
    public static HtmlOpeningTag? TryRead(StringSlice text, string requiredAttribute)
    {
        if (text.CurrentChar != '<' || text.PeekChar() == '/' || text.PeekChar() == '!') return null;
        var scan = text;
        if (!HtmlHelper.TryParseHtmlTag(ref scan, out var tagText) || tagText is null) return null;
        if (tagText.EndsWith("/>", StringComparison.Ordinal)) return null;
        if (!tagText.Contains(requiredAttribute, StringComparison.OrdinalIgnoreCase)) return null;

        var parser = new HtmlParser();
        var document = parser.ParseDocument(string.Empty);
        var nodes = parser.ParseFragment(tagText, document.Body!);
        if (nodes.Length == 0 || nodes[0] is not AngleSharp.Dom.IElement element) return null;

        var attributes = element.Attributes.Select(a => new KeyValuePair<string, string>(a.Name, a.Value)).ToList();
        return new HtmlOpeningTag(element.LocalName, attributes, tagText.Length);
    }
}
