using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace StaticMath.Site.Pipeline;

/// <summary>
/// Where the top-level nodes of an HTML fragment end, found with AngleSharp's tokenizer (a linear scan, no DOM): a
/// reader that needs only the start of a multi-megabyte page (a feed entry cut to its budget, the first display
/// equation) parses that prefix alone. An end is given only where the tags so far nest plainly (each end tag closes
/// the element opened last, no element left open), so the prefix parses into exactly the leading nodes the whole
/// fragment parses into. Anything the tree builder would treat specially (a stray or mismatched end tag, a
/// self-closed HTML element, an HTML tag breaking out of SVG, plaintext, template…) ends the scan: the only end then
/// given is the fragment's own length.
/// </summary>
public static class HtmlTopLevelBlocks
{
    /// <summary>
    /// The offsets (exclusive) after the top-level elements of <paramref name="html"/> from <paramref name="start"/>,
    /// in order, lazily; the last is always <c>html.Length</c>.
    /// </summary>
    public static IEnumerable<int> Ends(string html, int start = 0)
    {
        // The tokenizer's offsets are into the normalised input stream: with CR or NUL in the text they would drift.
        if (start < html.Length && html.AsSpan(start).IndexOfAny('\r', '\0') < 0)
        {
            foreach (var end in PlainEnds(html, start))
            {
                if (end >= html.Length) break;
                yield return end;
            }
        }
        yield return html.Length;
    }

    private static IEnumerable<int> PlainEnds(string html, int start)
    {
        var source = new TextSource(html[start..]);
        var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);
        var open = new Stack<Open>();
        while (true)
        {
            var token = tokenizer.Get();
            switch (token.Type)
            {
                case HtmlTokenType.StartTag:
                    var tag = (HtmlTagToken)token;
                    var context = open.Count == 0 ? Context.Html : open.Peek().Children;
                    if (!Opens(tag, context, tokenizer, out var opened)) yield break;
                    if (opened is { } element) open.Push(element);
                    tokenizer.IsAcceptingCharacterData = InForeign(open);
                    if (open.Count == 0) yield return start + source.Index;
                    break;
                case HtmlTokenType.EndTag:
                    if (open.Count == 0 || open.Peek().Name != token.Name) yield break;
                    open.Pop();
                    tokenizer.IsAcceptingCharacterData = InForeign(open);
                    if (open.Count == 0) yield return start + source.Index;
                    break;
                case HtmlTokenType.EndOfFile or HtmlTokenType.Doctype:
                    yield break;
            }
        }
    }

    /// <summary>CDATA sections are read as such only inside SVG and MathML, as the tree builder tells the tokenizer.</summary>
    private static bool InForeign(Stack<Open> open) => open.Count > 0 && open.Peek().Children != Context.Html;

    private enum Context { Html, Svg, MathMl }

    /// <summary>An open element and the namespace its children are read in.</summary>
    private readonly record struct Open(string Name, Context Children);

    /// <summary>
    /// Whether the start tag is one this scan follows; <paramref name="opened"/> is the element it leaves open (null for
    /// a void or self-closed element). Switches the tokenizer to raw text after script, style and the like, as the tree
    /// builder does.
    /// </summary>
    private static bool Opens(HtmlTagToken tag, Context context, HtmlTokenizer tokenizer, out Open? opened)
    {
        opened = null;
        var name = tag.Name;
        if (context != Context.Html)
        {
            // An HTML tag inside SVG or MathML closes it in the tree builder: leave such markup to the parser.
            if (BreaksOutOfForeign.Contains(name)) return false;
            if (!tag.IsSelfClosing) opened = new Open(name, ChildContext(name, context));
            return true;
        }
        if (Special.Contains(name)) return false;
        if (name == "svg" || name == "math")
        {
            if (!tag.IsSelfClosing) opened = new Open(name, name == "svg" ? Context.Svg : Context.MathMl);
            return true;
        }
        if (Void.Contains(name)) return true;
        if (tag.IsSelfClosing) return false;
        opened = new Open(name, Context.Html);
        if (TextModes.TryGetValue(name, out var mode)) tokenizer.State = mode;
        return true;
    }

    /// <summary>HTML integration points: their children are HTML again.</summary>
    private static Context ChildContext(string name, Context context) => context switch
    {
        Context.Svg when name is "foreignobject" or "desc" or "title" => Context.Html,
        Context.MathMl when name is "mi" or "mo" or "mn" or "ms" or "mtext" or "annotation-xml" => Context.Html,
        _ => context,
    };

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input", "keygen", "link", "meta",
        "param", "source", "track", "wbr",
    };

    /// <summary>Tags the tree builder renames, moves or reads in a mode of their own.</summary>
    private static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "html", "head", "body", "frameset", "template", "plaintext", "noscript", "image", "select", "option", "optgroup",
    };

    private static readonly Dictionary<string, HtmlParseMode> TextModes = new(StringComparer.Ordinal)
    {
        ["script"] = HtmlParseMode.Script,
        ["style"] = HtmlParseMode.Rawtext,
        ["xmp"] = HtmlParseMode.Rawtext,
        ["iframe"] = HtmlParseMode.Rawtext,
        ["noembed"] = HtmlParseMode.Rawtext,
        ["noframes"] = HtmlParseMode.Rawtext,
        ["title"] = HtmlParseMode.RCData,
        ["textarea"] = HtmlParseMode.RCData,
    };

    private static readonly HashSet<string> BreaksOutOfForeign = new(StringComparer.Ordinal)
    {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s",
        "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font",
    };
}
