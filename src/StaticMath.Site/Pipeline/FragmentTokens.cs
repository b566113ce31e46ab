using System.Buffers;
using System.Text;
using AngleSharp.Common;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
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

    private FragmentTokens(List<FragmentToken> tokens, FragmentTokenSummary asRead)
    {
        Tokens = tokens;
        AsRead = asRead;
    }

    /// <summary>The tokens in document order.</summary>
    public List<FragmentToken> Tokens { get; private set; }

    /// <summary>What the tokens held when read, before any pass changed them (see <see cref="FragmentTokenSummary"/>).</summary>
    public FragmentTokenSummary AsRead { get; }

    /// <summary>Replaces the tokens with a rewritten list (a pass's rewrite builds a new list, in time linear in the page).</summary>
    public void Replace(List<FragmentToken> tokens) => Tokens = tokens;

    /// <summary>The fragment's tokens, or null when the DOM would be built other than by opening and closing elements in order.</summary>
    /// <param name="segments">The page's parts written as markers: each marker's part goes in as its tokens, checked as
    /// the tokens of its HTML would be. A marker inside an attribute or comment gives null (the DOM reads the HTML).</param>
    public static FragmentTokens? Read(string fragment, FragmentSegments? segments = null)
    {
        // The parser drops NUL and normalises CR; neither is worth following here.
        if (fragment.AsSpan().IndexOfAny('\0', '\r') >= 0) return null;
        // A read-only source over the string: a sixth faster to read through than TextSource(string), which copies it
        // into a writable buffer first (measured on a 390,000-character fragment, 50 reads).
        // Disposed at the end: the tokenizer rents its buffer (the length of the fragment) from the shared array pool,
        // and a buffer never given back is a new one for every page (a quarter of a gigabyte in a 1,000-post build).
        using var source = new TextSource(new ReadOnlyMemoryTextSource(fragment.AsMemory()));
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);
        var reader = new Reader(segments);
        // The tokenizer's own struct token, read in place: converting each token to AngleSharp's token objects was a
        // tenth of a warm build's allocations. Its text is valid only until the next token, so it is copied at once.
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile) break;
            if (token.Type == HtmlTokenType.Character)
            {
                reader.QueueText(token.Data.Memory.Span);
                continue;
            }
            var ok = reader.FlushText() && token.Type switch
            {
                HtmlTokenType.StartTag => reader.AddStart(ref token),
                HtmlTokenType.EndTag => ElementName(token.Name) is { } name && reader.AddEnd(name),
                HtmlTokenType.Comment => token.Data.ToString() is var data && !reader.MayHoldMarker(data) && reader.AddComment(data),
                _ => false,
            };
            if (!ok) return null;
        }
        return reader.FlushText() && reader.OpenElements.Count == 0 ? new FragmentTokens(reader.Tokens, reader.Summary) : null;
    }

    /// <summary>Builds the tokens, checking each as it comes; also the writer a segment's part is written to.</summary>
    private sealed class Reader(FragmentSegments? segments) : MarkupWriter
    {
        private readonly StringBuilder _text = new();
        private bool _failed;

        public List<FragmentToken> Tokens { get; } = [];

        public FragmentTokenSummary Summary { get; } = new();

        public List<string> OpenElements { get; } = [];

        public bool MayHoldMarker(string text) => segments?.MayHoldMarker(text) == true;

        /// <summary>Text waits until the next tag: adjacent runs are one text, and markers are found in the whole.</summary>
        public void QueueText(ReadOnlySpan<char> text) => _text.Append(text);

        /// <summary>The queued text, with each marker's part in its place.</summary>
        public bool FlushText()
        {
            if (_text.Length == 0) return true;
            var text = _text.ToString();
            _text.Clear();
            if (segments is null) return AddText(text);
            var copied = 0;
            for (var at = segments.NextMarker(text, 0); at >= 0; at = segments.NextMarker(text, at))
            {
                if (segments.MarkerAt(text, at) is not { } marker)
                {
                    at++;
                    continue;
                }
                if (!AddText(text[copied..at])) return false;
                segments.WriteTokens(marker.Index, this);
                if (_failed || _partDepth != 0) return false;
                copied = at += marker.Length;
            }
            return AddText(copied == 0 ? text : text[copied..]);
        }

        public bool AddStart(ref StructHtmlToken tag)
        {
            // Only the elements named below are ever accepted: any other name fails here, before its attributes are read.
            if (ElementName(tag.Name) is not { } name) return false;
            var source = tag.Attributes;
            var attributes = new List<KeyValuePair<string, string>>(source.Count);
            for (var i = 0; i < source.Count; i++)
            {
                var attribute = source[i];
                var attributeName = AttributeNames.Of(attribute.Name.Memory.Span);
                if (attributes.Exists(a => a.Key == attributeName)) return false; // the parser keeps the first only
                var value = attribute.Value.ToString();
                if (MayHoldMarker(value)) return false;
                attributes.Add(new(attributeName, value));
            }
            return AddStart(name, attributes, tag.IsSelfClosing);
        }

        private bool AddStart(string name, List<KeyValuePair<string, string>> attributes, bool selfClosing)
        {
            if (!CanOpen(name, attributes, selfClosing)) return false;
            Tokens.Add(FragmentToken.Start(name, attributes, OpenElements.Count));
            Summary.Add(name, attributes);
            if (!VoidElements.Contains(name)) OpenElements.Add(name);
            return true;
        }

        /// <summary>Whether the tree builder opens this element where it stands, as a plain child of the current one.</summary>
        private bool CanOpen(string name, List<KeyValuePair<string, string>> attributes, bool selfClosing)
        {
            var current = OpenElements.Count > 0 ? OpenElements[^1] : "";
            if (current == "svg") return false;
            var isVoid = VoidElements.Contains(name);
            if (name == "svg" ? !IsPlaceholderSvg(attributes, selfClosing) : !isVoid && !PlainElements.Contains(name)) return false;
            if (selfClosing && !isVoid) return false;
            if (ClosesParagraph.Contains(name) && OpenElements.Contains("p")) return false;
            if (name[0] == 'h' && name.Length == 2 && OpenElements.Exists(IsHeading)) return false;
            if (name == "a" && OpenElements.Contains("a")) return false;
            if (name == "li" && current is not ("ul" or "ol")) return false;
            if (name is "dd" or "dt" && current != "dl") return false;
            return TableChildren.TryGetValue(current, out var allowed) ? allowed.Contains(name) : name is not ("thead" or "tbody" or "tfoot" or "tr" or "td" or "th");
        }

        public bool AddEnd(string name)
        {
            if (OpenElements.Count == 0 || OpenElements[^1] != name) return false;
            OpenElements.RemoveAt(OpenElements.Count - 1);
            Tokens.Add(FragmentToken.End(name, OpenElements.Count));
            return true;
        }

        private bool AddText(string text)
        {
            if (!CanHoldText(text)) return false;
            var current = OpenElements.Count > 0 ? OpenElements[^1] : "";
            // The parser drops the line end right after <pre>'s start tag.
            if (current == "pre" && Tokens[^1].IsStartTag("pre") && text.StartsWith('\n')) text = text[1..];
            if (text.Length == 0) return true;
            if (Tokens.Count > 0 && Tokens[^1].Kind == FragmentTokenKind.Text) Tokens[^1].Data += text;
            else Tokens.Add(FragmentToken.Text(text, OpenElements.Count));
            return true;
        }

        /// <summary>Whether the tree builder puts this text in the current element as it stands.</summary>
        private bool CanHoldText(string text)
        {
            var current = OpenElements.Count > 0 ? OpenElements[^1] : "";
            return current != "svg" && !(TableChildren.ContainsKey(current) && text.AsSpan().IndexOfAnyExcept(" \t\n\f") >= 0);
        }

        public bool AddComment(string data)
        {
            if (OpenElements.Count > 0 && OpenElements[^1] == "svg") return false;
            Tokens.Add(FragmentToken.Comment(data, OpenElements.Count));
            return true;
        }

        // A segment's part, written as markup: each piece checked as the tokenizer's would be. Each element at the
        // part's top becomes a start tag holding its content as text (FragmentToken.Inner) and an end tag: the passes
        // take an equation as a whole, and an equation's own elements were half a math page's tokens. What is inside
        // is checked by the same rules as any token, then written as the serializer writes it.
        private readonly StringBuilder _partContent = new();
        // Elements of the part open now (0: at its top); and where its top element's start tag is.
        private int _partDepth;
        private int _partStart;

        public override void Open(string name, params ReadOnlySpan<(string Name, string Value)> attributes)
        {
            if (_failed) return;
            var list = new List<KeyValuePair<string, string>>(attributes.Length);
            foreach (var (attribute, value) in attributes)
            {
                if (!ReadsBackAsWritten(value)) _failed = true;
                list.Add(new(attribute, value));
            }
            if (_failed) return;
            if (_partDepth == 0)
            {
                _failed = name == "pre" || !AddStart(name, list, selfClosing: false) || VoidElements.Contains(name);
                _partStart = Tokens.Count - 1;
                _partContent.Clear();
            }
            // The line end the parser drops after <pre> is not followed inside a part: such a part takes the DOM.
            else if (name == "pre" || !CanOpen(name, list, selfClosing: false) || VoidElements.Contains(name)) _failed = true;
            else
            {
                OpenElements.Add(name);
                WriteStart(_partContent, name, list);
            }
            _partDepth++;
        }

        public override void Void(string name)
        {
            if (_failed) return;
            if (!VoidElements.Contains(name)) _failed = true;
            else if (_partDepth == 0) _failed = !AddStart(name, [], selfClosing: false);
            else if (!CanOpen(name, [], selfClosing: false)) _failed = true;
            else _partContent.Append('<').Append(name).Append('>');
        }

        public override void Close(string name)
        {
            if (_failed) return;
            if (_partDepth == 0 || OpenElements.Count == 0 || OpenElements[^1] != name)
            {
                _failed = true;
                return;
            }
            _partDepth--;
            if (_partDepth > 0)
            {
                OpenElements.RemoveAt(OpenElements.Count - 1);
                _partContent.Append("</").Append(name).Append('>');
                return;
            }
            var start = Tokens[_partStart];
            Tokens[_partStart] = FragmentToken.StartWithContent(start.Name, start.Attributes, _partContent.ToString(), start.Depth);
            _failed = !AddEnd(name);
        }

        public override void Text(string text)
        {
            if (_failed) return;
            if (!ReadsBackAsWritten(text)) _failed = true;
            else if (_partDepth == 0) _failed = !AddText(text);
            else if (!CanHoldText(text)) _failed = true;
            else AppendText(_partContent, text);
        }

        // Every UTF-16 surrogate, as a searched range: span.ContainsAnyInRange('\uD800', '\uDFFF') allocated 96 bytes a
        // call in the precompiled build (its bounds boxed), several calls per equation of every page.
        private static readonly SearchValues<char> Surrogates =
            SearchValues.Create(string.Create(0x800, 0, (chars, _) => { for (var i = 0; i < chars.Length; i++) chars[i] = (char)(0xD800 + i); }));

        /// <summary>
        /// Whether reading the value's escaped text gives the value: not with NUL or CR (the page's text with them takes
        /// the DOM), nor with a lone surrogate (escaping writes U+FFFD); the part's page then takes the DOM as well.
        /// </summary>
        private static bool ReadsBackAsWritten(string value)
        {
            var span = value.AsSpan();
            if (span.IndexOfAny('\0', '\r') >= 0) return false;
            if (!span.ContainsAny(Surrogates)) return true;
            for (var i = 0; i < span.Length; i++)
            {
                if (!char.IsSurrogate(span[i])) continue;
                if (!char.IsHighSurrogate(span[i]) || i + 1 >= span.Length || !char.IsLowSurrogate(span[i + 1])) return false;
                i++;
            }
            return true;
        }
    }

    // Every element name the reader accepts (see AddStart), looked up by the tokenizer's characters: no string per tag.
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ElementNames =
        PlainElements.Concat(VoidElements).Append("svg").ToDictionary(n => n, n => n, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The name's string when the reader can accept such an element, else null (the page then takes the DOM).</summary>
    private static string? ElementName(StringOrMemory name) => ElementNames.TryGetValue(name.Memory.Span, out var known) ? known : null;

    /// <summary>Attribute names as strings, one string per name and thread: the same few names recur on every tag.</summary>
    private static class AttributeNames
    {
        // Bounded against pages made of ever new names; past it a name is allocated each time, as any value is.
        private const int MaxNames = 1024;
        [ThreadStatic] private static Dictionary<string, string>? t_names;

        public static string Of(ReadOnlySpan<char> name)
        {
            var names = t_names ??= new Dictionary<string, string>(StringComparer.Ordinal);
            if (names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var known)) return known;
            var text = name.ToString();
            if (names.Count < MaxNames) names[text] = text;
            return text;
        }
    }

    private static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';

    private static bool IsPlaceholderSvg(List<KeyValuePair<string, string>> attributes, bool selfClosing) =>
        !selfClosing && attributes.TrueForAll(a => PlaceholderSvgAttributes.Contains(a.Key));

    /// <summary>Where a page's whole fragment is written (here and by <c>AsWrittenTokens</c>): a new builder per page
    /// grew a page's worth of chunks (a quarter of a gigabyte in a 1,000-post build); a very large page's is let go.</summary>
    internal static readonly ReusedStringBuilder PageTextBuilders = new(initialCapacity: 16, largestKeptCapacity: 4 << 20);

    /// <summary>The fragment as AngleSharp serialises the DOM it parses into (<see cref="HtmlMarkupFormatter"/>).</summary>
    public string Write()
    {
        var html = PageTextBuilders.Take();
        for (var i = 0; i < Tokens.Count; i++) WriteToken(html, i);
        return PageTextBuilders.ToStringAndKeep(html);
    }

    /// <summary>Token <paramref name="index"/> as <see cref="Write"/> writes it.</summary>
    public void WriteToken(StringBuilder html, int index)
    {
        var token = Tokens[index];
        switch (token.Kind)
        {
            case FragmentTokenKind.StartTag:
                WriteStart(html, token.Name, token.Attributes);
                html.Append(token.Inner);
                // The serializer gives back a line end the parser would drop, when the text starts with one.
                if (token.Name == "pre" && index + 1 < Tokens.Count && Tokens[index + 1].Kind == FragmentTokenKind.Text && Tokens[index + 1].Data.StartsWith('\n'))
                    html.Append('\n');
                break;
            case FragmentTokenKind.EndTag:
                html.Append("</").Append(token.Name).Append('>');
                break;
            case FragmentTokenKind.Text:
                AppendText(html, token.Data);
                break;
            case FragmentTokenKind.Comment:
                html.Append("<!--").Append(token.Data).Append("-->");
                break;
        }
    }

    // What the serializer escapes in text and in attribute values.
    private static readonly SearchValues<char> TextToEscape = SearchValues.Create("&<>\u00A0");
    private static readonly SearchValues<char> AttributeValueToEscape = SearchValues.Create("&<>\"\u00A0");

    /// <summary>Whether <paramref name="name"/> is an element with no end tag (its start tag stands alone in the tokens).</summary>
    public static bool IsVoid(string name) => VoidElements.Contains(name);

    /// <summary>Text as the serializer writes it.</summary>
    private static void AppendText(StringBuilder html, string text)
    {
        // Most text has nothing to escape: appended as it is, without the formatter's copy.
        if (text.AsSpan().ContainsAny(TextToEscape)) html.Append(HtmlMarkupFormatter.EscapeText(text));
        else html.Append(text);
    }

    /// <summary>A start tag as the serializer writes it.</summary>
    private static void WriteStart(StringBuilder html, string element, List<KeyValuePair<string, string>> attributes)
    {
        html.Append('<').Append(element);
        foreach (var (name, value) in attributes)
        {
            html.Append(' ').Append(name).Append("=\"");
            if (!value.AsSpan().ContainsAny(AttributeValueToEscape))
            {
                html.Append(value).Append('"');
                continue;
            }
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
