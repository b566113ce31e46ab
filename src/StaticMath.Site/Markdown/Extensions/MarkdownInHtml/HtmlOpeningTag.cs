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
    // One parser and body context per thread: making them cost more than reading a tag, and with markdown="1" on
    // block HTML every tag at the start of a line is read.
    [ThreadStatic] private static HtmlParser? t_parser;
    [ThreadStatic] private static AngleSharp.Dom.IElement? t_body;
    // Tags read on this thread by their text: a site repeats the same few (`<div markdown="1" class="…">`) on every
    // page, and AngleSharp's fragment parse is most of the cost of reading one. Bounded: cleared when full.
    [ThreadStatic] private static Dictionary<string, HtmlOpeningTag?>? t_read;
    private const int RememberedTags = 512;

    private static HtmlParser Parser
    {
        get
        {
            if (t_parser is { } parser) return parser;
            parser = new HtmlParser();
            t_body = parser.ParseDocument(string.Empty).Body;
            return t_parser = parser;
        }
    }

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

        var read = t_read ??= new Dictionary<string, HtmlOpeningTag?>(StringComparer.Ordinal);
        if (read.TryGetValue(tagText, out var known)) return known;
        if (read.Count >= RememberedTags) read.Clear();
        return read[tagText] = Parse(tagText);
    }

    private static HtmlOpeningTag? Parse(string tagText)
    {
        var nodes = Parser.ParseFragment(tagText, t_body!);
        if (nodes.Length == 0 || nodes[0] is not AngleSharp.Dom.IElement element) return null;

        var attributes = element.Attributes.Select(a => new KeyValuePair<string, string>(a.Name, a.Value)).ToArray();
        return new HtmlOpeningTag(element.LocalName, attributes, tagText.Length);
    }
}
