using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace StaticMath.Site.Pipeline;

/// <summary>
/// Reads an HTML fragment token by token with AngleSharp's tokenizer (a linear scan, no DOM) while its tags nest
/// plainly — each end tag closes the element opened last — keeping the open elements, so that what it reports is what
/// the tree builder would build. It stops at anything the tree builder treats specially (a stray or mismatched end
/// tag, a self-closed HTML element, an HTML tag breaking out of SVG, plaintext, template, select…) and says so in
/// <see cref="IsUnclear"/>: a reader then falls back to parsing.
/// </summary>
public sealed class PlainHtmlReader : IDisposable
{
    private readonly int _start;
    private readonly TextSource _source;
    private readonly HtmlTokenizer _tokenizer;
    private readonly List<HtmlTagToken> _open = [];
    private readonly List<Context> _contexts = [];
    private readonly List<Context> _namespaces = [];

    /// <param name="html">The fragment, read as the content of a <c>&lt;body&gt;</c>.</param>
    /// <param name="start">Where to start reading, at the start of a tag or text.</param>
    public PlainHtmlReader(string html, int start = 0)
    {
        _start = start;
        // A read-only source over the text: faster to read through than TextSource(string), which copies it first.
        _source = new TextSource(new ReadOnlyMemoryTextSource(html.AsMemory(start)));
        _tokenizer = new HtmlTokenizer(_source, HtmlEntityProvider.Resolver);
        // The tokenizer's offsets are into the normalised input stream: with CR or NUL in the text they would drift.
        IsUnclear = html.AsSpan(start).IndexOfAny('\r', '\0') >= 0;
    }

    /// <summary>The token just read: a start or end tag, text or a comment.</summary>
    public HtmlToken Token { get; private set; } = null!;

    /// <summary>The offset of the token just read.</summary>
    public int TokenStart => _start + Token.Position.Index;

    /// <summary>The offset just after the token just read (a tag's <c>&gt;</c>).</summary>
    public int TokenEnd => _start + _source.Index;

    /// <summary>The elements open after the token, outermost first (a start tag that opened one is its last).</summary>
    public IReadOnlyList<HtmlTagToken> Open => _open;

    /// <summary>True when reading stopped before the end on markup the tree builder treats specially.</summary>
    public bool IsUnclear { get; private set; }

    /// <summary>Reads the next token; false at the end of the fragment or when it is unclear.</summary>
    public bool Read()
    {
        if (IsUnclear) return false;
        Token = _tokenizer.Get();
        var clear = Token.Type switch
        {
            HtmlTokenType.StartTag => Opens((HtmlTagToken)Token),
            HtmlTokenType.EndTag => Closes(Token.Name),
            HtmlTokenType.EndOfFile => true,
            HtmlTokenType.Doctype => false,
            _ => true,
        };
        IsUnclear = !clear;
        _tokenizer.IsAcceptingCharacterData = Current != Context.Html;
        return clear && Token.Type != HtmlTokenType.EndOfFile;
    }

    public void Dispose()
    {
        _tokenizer.Dispose();
        _source.Dispose();
    }

    /// <summary>The value of the tag's attribute, or null when it has none (the first of duplicates, as the parser keeps).</summary>
    public static string? Attribute(HtmlTagToken tag, string name)
    {
        foreach (var attribute in tag.Attributes)
        {
            if (attribute.Name == name) return attribute.Value;
        }
        return null;
    }

    /// <summary>Whether the tag's class attribute lists <paramref name="className"/>.</summary>
    public static bool HasClass(HtmlTagToken tag, string className) =>
        Attribute(tag, "class") is { } classes
        && classes.Split(HtmlWhitespace, StringSplitOptions.RemoveEmptyEntries).Contains(className, StringComparer.Ordinal);

    private static readonly char[] HtmlWhitespace = [' ', '\t', '\n', '\f', '\r'];

    private enum Context { Html, Svg, MathMl }

    private Context Current => _contexts.Count == 0 ? Context.Html : _contexts[^1];

    private bool Closes(string name)
    {
        if (_open.Count == 0 || _open[^1].Name != name) return false;
        _open.RemoveAt(_open.Count - 1);
        _contexts.RemoveAt(_contexts.Count - 1);
        _namespaces.RemoveAt(_namespaces.Count - 1);
        return true;
    }

    private bool Opens(HtmlTagToken tag)
    {
        var name = tag.Name;
        var context = Current;
        if (context != Context.Html)
        {
            // An HTML tag inside SVG or MathML closes it in the tree builder.
            if (BreaksOutOfForeign.Contains(name)) return false;
            if (!tag.IsSelfClosing) Push(tag, ChildContext(name, context));
            return true;
        }
        if (Unfollowed.Contains(name)) return false;
        if (name is "svg" or "math")
        {
            if (!tag.IsSelfClosing) Push(tag, name == "svg" ? Context.Svg : Context.MathMl);
            return true;
        }
        if (ClosesOpenElement(name)) return false;
        if (Void.Contains(name)) return true;
        if (tag.IsSelfClosing) return false;
        Push(tag, Context.Html);
        // The tree builder switches the tokenizer to raw text after these.
        if (TextModes.TryGetValue(name, out var mode)) _tokenizer.State = mode;
        return true;
    }

    /// <summary>
    /// Whether the tree builder would close an open element here (a block in a paragraph, a list item in a list item, a
    /// link in a link…) or move the element out of a table: the tags would then still balance, but the elements after
    /// it would not be inside the ones this reader has open.
    /// </summary>
    private bool ClosesOpenElement(string name)
    {
        if (_open.Count > 0 && _open[^1].Name is "table" or "tbody" or "thead" or "tfoot" or "tr" && !InTableStructure.Contains(name))
            return true;
        if (IsHeading(name) && _open.Count > 0 && IsHeading(_open[^1].Name))
            return true;
        return name switch
        {
            _ when ClosesParagraph.Contains(name) && OpenInScope("p", ButtonScope) => true,
            "li" => OpenBeforeSpecial(n => n == "li"),
            "dd" or "dt" => OpenBeforeSpecial(n => n is "dd" or "dt"),
            "a" => OpenInScope("a", FormattingMarkers),
            "button" or "nobr" => OpenInScope(name, DefaultScope),
            "form" => _open.Any(e => e.Name == "form"),
            _ => false,
        };
    }

    /// <summary>Whether an HTML element named so is open below the nearest scope boundary (the tree builder's "in scope").</summary>
    private bool OpenInScope(string name, HashSet<string> boundaries)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var html = _namespaces[i] == Context.Html;
            if (html && _open[i].Name == name) return true;
            if (html ? boundaries.Contains(_open[i].Name) : IsIntegrationPoint(_open[i].Name, _namespaces[i])) return false;
        }
        return false;
    }

    /// <summary>The tree builder's list item loop: an open item closed by a new one, unless a special element (a list) is nearer.</summary>
    private bool OpenBeforeSpecial(Func<string, bool> item)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var html = _namespaces[i] == Context.Html;
            if (html && item(_open[i].Name)) return true;
            if (!html || Special.Contains(_open[i].Name) && _open[i].Name is not ("address" or "div" or "p")) return false;
        }
        return false;
    }

    private static bool IsIntegrationPoint(string name, Context ns) => ChildContext(name, ns) == Context.Html;

    private static readonly HashSet<string> DefaultScope = new(StringComparer.Ordinal)
    {
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template",
    };

    private static readonly HashSet<string> ButtonScope = new(DefaultScope, StringComparer.Ordinal) { "button" };

    /// <summary>Elements that put a marker in the list of active formatting elements: a link outside them is not reopened.</summary>
    private static readonly HashSet<string> FormattingMarkers = new(StringComparer.Ordinal)
    {
        "applet", "object", "marquee", "template", "td", "th", "caption",
    };

    /// <summary>HTML's special elements (the tree builder's category), as the list item loop reads them.</summary>
    private static readonly HashSet<string> Special = new(StringComparer.Ordinal)
    {
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br", "button",
        "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption",
        "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr",
        "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu", "meta", "nav",
        "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section",
        "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead",
        "title", "tr", "track", "ul", "wbr", "xmp",
    };

    private static bool IsHeading(string name) => name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    private static readonly HashSet<string> InTableStructure = new(StringComparer.Ordinal)
    {
        "caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th", "script", "style",
    };

    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dd", "dt", "plaintext",
        "table", "hr", "xmp",
    };

    private void Push(HtmlTagToken tag, Context children)
    {
        _namespaces.Add(Current == Context.Html && tag.Name is "svg" or "math" ? children : Current);
        _open.Add(tag);
        _contexts.Add(children);
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
    private static readonly HashSet<string> Unfollowed = new(StringComparer.Ordinal)
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
