using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace StaticMath.Site.Pipeline;

/// <summary>
/// A page fragment as tokens, for pages whose HTML passes need no DOM (<see cref="IHtmlPostProcessor.NeedsDom"/>).
/// <see cref="Read"/> lexes with AngleSharp's own tokenizer and accepts only HTML whose tree is built by opening and
/// closing elements in order (what Markdig writes); anything the HTML5 tree builder would repair or move (a block in a
/// <c>&lt;p&gt;</c>, a missing end tag, text in a table, raw-text elements, SVG beyond the equations' placeholders)
/// gives null, and the page takes the DOM. <see cref="Write"/> then gives the characters the DOM round trip
/// (<see cref="LinearHtmlSerializer"/>) would have written, so both paths give the same page.
/// </summary>
public sealed class FragmentTokens
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal) { "br", "hr", "img", "input", "source", "wbr" };

    // Elements inserted as plain children in the "in body" insertion mode (no implied ends, no special parsing).
    private static readonly HashSet<string> PlainElements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "address", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "cite", "code", "data",
        "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4",
        "h5", "h6", "header", "i", "ins", "kbd", "label", "li", "main", "mark", "nav", "ol", "p", "picture", "pre", "q",
        "s", "samp", "section", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td", "tfoot",
        "th", "thead", "time", "tr", "u", "ul", "var", "video",
    };

    // Start tags that close an open <p> (HTML's "close a p element" rule).
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "details", "dd", "div", "dl", "dt", "figcaption", "figure",
        "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "table", "ul",
    };

    // Inside these only whitespace and the listed children are plain; anything else is foster-parented or implied.
    private static readonly Dictionary<string, string[]> TableChildren = new(StringComparer.Ordinal)
    {
        ["table"] = ["thead", "tbody", "tfoot"],
        ["thead"] = ["tr"],
        ["tbody"] = ["tr"],
        ["tfoot"] = ["tr"],
        ["tr"] = ["td", "th"],
    };

    // The equations' SVG placeholders (MathSvgSlots) are the only SVG allowed: empty, with attributes SVG keeps as named.
    private static readonly HashSet<string> PlaceholderSvgAttributes = new(StringComparer.Ordinal) { "data-staticmath-svg", "aria-label" };

    private FragmentTokens(List<FragmentToken> tokens) => Tokens = tokens;

    /// <summary>The tokens in document order.</summary>
    public List<FragmentToken> Tokens { get; private set; }

    /// <summary>Replaces the tokens with a rewritten list (a pass's rewrite builds a new list, in time linear in the page).</summary>
    public void Replace(List<FragmentToken> tokens) => Tokens = tokens;

    /// <summary>The fragment's tokens, or null when the DOM would be built other than by opening and closing elements in order.</summary>
    public static FragmentTokens? Read(string fragment)
    {
        // The parser drops NUL and normalises CR; neither is worth following here.
        if (fragment.AsSpan().IndexOfAny('\0', '\r') >= 0) return null;
        var tokenizer = new HtmlTokenizer(new TextSource(fragment), HtmlEntityProvider.Resolver);
        var tokens = new List<FragmentToken>();
        var open = new List<string>();
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            var ok = token.Type switch
            {
                HtmlTokenType.StartTag => AddStart(token.AsTag(), open, tokens),
                HtmlTokenType.EndTag => AddEnd(token.AsTag(), open, tokens),
                HtmlTokenType.Character => AddText(token.Data, open, tokens),
                HtmlTokenType.Comment => AddComment(token.Data, open, tokens),
                _ => false,
            };
            if (!ok) return null;
        }
        return open.Count == 0 ? new FragmentTokens(tokens) : null;
    }

    private static bool AddStart(HtmlTagToken tag, List<string> open, List<FragmentToken> tokens)
    {
        var name = tag.Name;
        var current = open.Count > 0 ? open[^1] : "";
        if (current == "svg") return false;
        var isVoid = VoidElements.Contains(name);
        if (name == "svg" ? !IsPlaceholderSvg(tag) : !isVoid && !PlainElements.Contains(name)) return false;
        if (tag.IsSelfClosing && !isVoid) return false;
        if (ClosesParagraph.Contains(name) && open.Contains("p")) return false;
        if (name[0] == 'h' && name.Length == 2 && open.Exists(IsHeading)) return false;
        if (name == "a" && open.Contains("a")) return false;
        if (name == "li" && current is not ("ul" or "ol")) return false;
        if (name is "dd" or "dt" && current != "dl") return false;
        if (TableChildren.TryGetValue(current, out var allowed) ? !allowed.Contains(name) : name is "thead" or "tbody" or "tfoot" or "tr" or "td" or "th")
            return false;

        var attributes = new List<KeyValuePair<string, string>>(tag.Attributes.Count);
        foreach (var attribute in tag.Attributes)
        {
            if (attributes.Exists(a => a.Key == attribute.Name)) return false; // the parser keeps the first only
            attributes.Add(new(attribute.Name, attribute.Value));
        }
        tokens.Add(FragmentToken.Start(name, attributes, open.Count));
        if (!isVoid) open.Add(name);
        return true;
    }

    private static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';

    private static bool IsPlaceholderSvg(HtmlTagToken tag) =>
        !tag.IsSelfClosing && tag.Attributes.All(a => PlaceholderSvgAttributes.Contains(a.Name));

    private static bool AddEnd(HtmlTagToken tag, List<string> open, List<FragmentToken> tokens)
    {
        if (open.Count == 0 || open[^1] != tag.Name) return false;
        open.RemoveAt(open.Count - 1);
        tokens.Add(FragmentToken.End(tag.Name, open.Count));
        return true;
    }

    private static bool AddText(string text, List<string> open, List<FragmentToken> tokens)
    {
        var current = open.Count > 0 ? open[^1] : "";
        if (current == "svg") return false;
        if (TableChildren.ContainsKey(current) && text.AsSpan().IndexOfAnyExcept(" \t\n\f") >= 0) return false;
        // The parser drops the line end right after <pre>'s start tag.
        if (current == "pre" && tokens[^1].IsStartTag("pre") && text.StartsWith('\n')) text = text[1..];
        if (text.Length == 0) return true;
        if (tokens.Count > 0 && tokens[^1].Kind == FragmentTokenKind.Text) tokens[^1].Data += text;
        else tokens.Add(FragmentToken.Text(text, open.Count));
        return true;
    }

    private static bool AddComment(string data, List<string> open, List<FragmentToken> tokens)
    {
        if (open.Count > 0 && open[^1] == "svg") return false;
        tokens.Add(FragmentToken.Comment(data, open.Count));
        return true;
    }

    /// <summary>The fragment as AngleSharp serialises the DOM it parses into (<see cref="HtmlMarkupFormatter"/>).</summary>
    public string Write()
    {
        var html = new StringBuilder();
        for (var i = 0; i < Tokens.Count; i++) WriteToken(html, i);
        return html.ToString();
    }

    /// <summary>Token <paramref name="index"/> as <see cref="Write"/> writes it.</summary>
    public void WriteToken(StringBuilder html, int index)
    {
        var token = Tokens[index];
        switch (token.Kind)
        {
            case FragmentTokenKind.StartTag:
                WriteStart(html, token);
                // The serializer gives back a line end the parser would drop, when the text starts with one.
                if (token.Name == "pre" && index + 1 < Tokens.Count && Tokens[index + 1].Kind == FragmentTokenKind.Text && Tokens[index + 1].Data.StartsWith('\n'))
                    html.Append('\n');
                break;
            case FragmentTokenKind.EndTag:
                html.Append("</").Append(token.Name).Append('>');
                break;
            case FragmentTokenKind.Text:
                html.Append(HtmlMarkupFormatter.EscapeText(token.Data));
                break;
            case FragmentTokenKind.Comment:
                html.Append("<!--").Append(token.Data).Append("-->");
                break;
        }
    }

    /// <summary>Whether <paramref name="name"/> is an element with no end tag (its start tag stands alone in the tokens).</summary>
    public static bool IsVoid(string name) => VoidElements.Contains(name);

    private static void WriteStart(StringBuilder html, FragmentToken token)
    {
        html.Append('<').Append(token.Name);
        foreach (var (name, value) in token.Attributes)
        {
            html.Append(' ').Append(name).Append("=\"");
            foreach (var c in value)
            {
                _ = c switch
                {
                    '&' => html.Append("&amp;"),
                    '\u00A0' => html.Append("&nbsp;"),
                    '"' => html.Append("&quot;"),
                    '<' => html.Append("&lt;"),
                    '>' => html.Append("&gt;"),
                    _ => html.Append(c),
                };
            }
            html.Append('"');
        }
        html.Append('>');
    }

    /// <summary>The index of the end tag that closes the start tag at <paramref name="start"/> (itself for a void element).</summary>
    public int EndOf(int start)
    {
        var depth = Tokens[start].Depth;
        if (VoidElements.Contains(Tokens[start].Name)) return start;
        for (var i = start + 1; i < Tokens.Count; i++)
        {
            if (Tokens[i].Kind == FragmentTokenKind.EndTag && Tokens[i].Depth == depth) return i;
        }
        return Tokens.Count - 1;
    }
}
