using System.Buffers;
using System.Text;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// The HTML form of an engine SVG (<see cref="EngineSvgHtml"/>) in one scan, for the plain shape nearly every
/// equation has: lower-case element and attribute names (and <c>viewBox</c>), double-quoted values, the five XML
/// entities and the engine's references for a line break, carriage return or tab in the TeX, self-closing empty
/// elements, no colour (<c>g fill</c>), no other character references, no comments or control characters. Anything else returns null and takes the XML reader's way. Reading the SVG through the XML reader only
/// to write it again was 7 % of a cold build's page-worker time.
/// </summary>
internal static class PlainEngineSvg
{
    private const int MaxDepth = 256;
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    // What the scan copies without a second look: not the start of a tag or an entity, not a character the HTML form
    // escapes or a control character the XML reader would change.
    private static readonly SearchValues<char> Special = SearchValues.Create(
        "<>&\"\u00A0\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\u000C\r\u000E\u000F" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>The SVG as the page's HTML passes would write it, or null when it is not of the plain shape.</summary>
    public static string? ToHtml(string svg) => Scan(svg, static html => new string(html.Written));

    /// <summary><see cref="ToHtml"/> as UTF-8 and its length in characters, encoded straight from the scan's buffer
    /// (no string in between: a page keeps the SVGs as UTF-8, see <see cref="EquationSvg"/>).</summary>
    public static (byte[] Utf8, int Length)? ToUtf8Html(string svg) => Scan<(byte[], int)?>(svg, static html =>
    {
        var text = html.Written;
        var utf8 = GC.AllocateUninitializedArray<byte>(Encoding.UTF8.GetByteCount(text));
        Encoding.UTF8.GetBytes(text, utf8);
        return (utf8, text.Length);
    });

    private static T? Scan<T>(string svg, Func<HtmlText, T> result)
    {
        var html = t_html ?? new HtmlText();
        t_html = null;
        try
        {
            return ToHtml(svg, html.Clear()) ? result(html) : default;
        }
        finally
        {
            if (html.Capacity <= LargestKeptCapacity) t_html = html;
        }
    }

    // One buffer per thread, reused (a buffer per equation allocated more than the HTML itself); a huge one is let go.
    [ThreadStatic] private static HtmlText? t_html;
    private const int LargestKeptCapacity = 1 << 18;

    /// <summary>
    /// The HTML form as it is written, in one array: appending is a copy (the scan appends many short pieces), and the
    /// whole is encoded to UTF-8 at once (a StringBuilder's chunks needed an encoder carrying surrogate pairs across them
    /// and two passes; encoding each piece as it came cost more than both).
    /// </summary>
    private sealed class HtmlText
    {
        private char[] _chars = new char[8192];
        private int _length;

        public int Capacity => _chars.Length;

        public ReadOnlySpan<char> Written => _chars.AsSpan(0, _length);

        public HtmlText Clear()
        {
            _length = 0;
            return this;
        }

        public HtmlText Append(char c)
        {
            if (_length == _chars.Length) Grow(1);
            _chars[_length++] = c;
            return this;
        }

        public HtmlText Append(string text) => Append(text.AsSpan());

        public HtmlText Append(string text, int start, int count) => Append(text.AsSpan(start, count));

        public HtmlText Append(ReadOnlySpan<char> text)
        {
            if (_chars.Length - _length < text.Length) Grow(text.Length);
            text.CopyTo(_chars.AsSpan(_length));
            _length += text.Length;
            return this;
        }

        private void Grow(int more) => Array.Resize(ref _chars, System.Math.Max(_chars.Length * 2, _length + more));
    }

    /// <summary>Writes the HTML form into <paramref name="html"/>; false when the SVG is not of the plain shape.</summary>
    private static bool ToHtml(string svg, HtmlText html)
    {
        var open = new Stack<string>();
        var at = 0;
        while (at < svg.Length)
        {
            if (svg[at] != '<')
            {
                if ((at = CopyText(svg, at, html)) < 0) return false;
                continue;
            }
            if (at + 1 < svg.Length && svg[at + 1] == '/')
            {
                var nameEnd = NameEnd(svg, at + 2);
                if (nameEnd >= svg.Length || svg[nameEnd] != '>' || open.Count == 0
                    || !svg.AsSpan(at + 2, nameEnd - at - 2).SequenceEqual(open.Pop())) return false;
                html.Append(svg, at, nameEnd + 1 - at);
                at = nameEnd + 1;
                continue;
            }
            if ((at = CopyStartTag(svg, at, html, open)) < 0) return false;
        }
        return open.Count == 0 && svg.Length > 0;
    }

    /// <summary>A start tag (and the end tag of an empty element); returns where the scan goes on, or -1.</summary>
    private static int CopyStartTag(string svg, int at, HtmlText html, Stack<string> open)
    {
        var nameEnd = NameEnd(svg, at + 1);
        if (nameEnd == at + 1 || nameEnd >= svg.Length || open.Count >= MaxDepth) return -1;
        var name = ElementName(svg.AsSpan(at + 1, nameEnd - at - 1));
        // The root declares the SVG namespace (the XML reader's way checks every element is in it).
        var inSvgNamespace = open.Count > 0;
        html.Append('<').Append(name);
        at = nameEnd;
        while (true)
        {
            if (at >= svg.Length) return -1;
            if (svg[at] == '>')
            {
                if (!inSvgNamespace) return -1;
                html.Append('>');
                open.Push(name);
                return at + 1;
            }
            if (svg[at] == '/')
            {
                if (!inSvgNamespace || at + 1 >= svg.Length || svg[at + 1] != '>') return -1;
                html.Append("></").Append(name).Append('>');
                return at + 2;
            }
            if (svg[at] != ' ') return -1;
            var attributeStart = at + 1;
            var attributeEnd = attributeStart;
            if (svg.AsSpan(attributeStart).StartsWith("viewBox=")) attributeEnd += "viewBox".Length;
            else
                while (attributeEnd < svg.Length && svg[attributeEnd] is (>= 'a' and <= 'z') or '-') attributeEnd++;
            var attribute = svg.AsSpan(attributeStart, attributeEnd - attributeStart);
            // A colour is written as a style the XML reader's way works out from the group's children.
            if (attribute.Length == 0 || name == "g" && attribute is "fill" or "style") return -1;
            if (!svg.AsSpan(attributeEnd).StartsWith("=\"")) return -1;
            if (attribute is "xmlns")
            {
                if (!svg.AsSpan(attributeEnd + 2).StartsWith(SvgNamespace + "\"")) return -1;
                inSvgNamespace = true;
            }
            html.Append(' ').Append(attribute).Append("=\"");
            if ((at = CopyValue(svg, attributeEnd + 2, html)) < 0) return -1;
            html.Append('"');
        }
    }

    /// <summary>An attribute value up to its closing quote, re-escaped as the HTML form escapes it; returns the index after the quote, or -1.</summary>
    private static int CopyValue(string svg, int at, HtmlText html)
    {
        while (at < svg.Length)
        {
            var plain = svg.AsSpan(at).IndexOfAny(Special);
            if (plain < 0) return -1;
            html.Append(svg, at, plain);
            at += plain;
            if (svg[at] == '"') return at + 1;
            if ((at = AppendSpecial(svg, at, html, inAttribute: true)) < 0) return -1;
        }
        return -1;
    }

    /// <summary>Text up to the next tag, re-escaped as the HTML form escapes it; returns where the tag starts, or -1.</summary>
    private static int CopyText(string svg, int at, HtmlText html)
    {
        while (at < svg.Length)
        {
            var plain = svg.AsSpan(at).IndexOfAny(Special);
            if (plain < 0) plain = svg.Length - at;
            html.Append(svg, at, plain);
            at += plain;
            if (at >= svg.Length || svg[at] == '<') return at;
            if ((at = AppendSpecial(svg, at, html, inAttribute: false)) < 0) return -1;
        }
        return at;
    }

    /// <summary>
    /// A character the scan stopped at, written as the HTML form writes it; returns the index after it, or -1 for one
    /// this scan leaves to the XML reader ('&lt;' in a value, a control character it would normalise).
    /// </summary>
    private static int AppendSpecial(string svg, int at, HtmlText html, bool inAttribute) => svg[at] switch
    {
        '&' => AppendEntity(svg, at, html, inAttribute),
        '>' => Appended(html, "&gt;", at + 1),
        '\u00A0' => Appended(html, "&nbsp;", at + 1),
        '"' when !inAttribute => Appended(html, "\"", at + 1),
        _ => -1,
    };

    private static int Appended(HtmlText html, string text, int next)
    {
        html.Append(text);
        return next;
    }

    /// <summary>
    /// One of the five XML entities, written as the HTML form escapes its character, or a reference to a line break,
    /// carriage return or tab, written as the character (both parsers read those alike); returns the index after it, or -1.
    /// </summary>
    private static int AppendEntity(string svg, int at, HtmlText html, bool inAttribute)
    {
        var rest = svg.AsSpan(at);
        (string Entity, string Written)? known =
            rest.StartsWith("&amp;") ? ("&amp;", "&amp;")
            : rest.StartsWith("&lt;") ? ("&lt;", "&lt;")
            : rest.StartsWith("&gt;") ? ("&gt;", "&gt;")
            : rest.StartsWith("&quot;") ? ("&quot;", inAttribute ? "&quot;" : "\"")
            : rest.StartsWith("&apos;") ? ("&apos;", "'")
            : rest.StartsWith("&#10;") ? ("&#10;", "\n")
            : rest.StartsWith("&#13;") ? ("&#13;", "\r")
            : rest.StartsWith("&#9;") ? ("&#9;", "\t")
            : null;
        if (known is not { } entity) return -1;
        html.Append(entity.Written);
        return at + entity.Entity.Length;
    }

    /// <summary>The engine's element names as one string each; any other name (not of the plain shape) copied.</summary>
    private static string ElementName(ReadOnlySpan<char> name) => name switch
    {
        "svg" => "svg",
        "use" => "use",
        "path" => "path",
        "rect" => "rect",
        "line" => "line",
        "g" => "g",
        "text" => "text",
        _ => name.ToString(),
    };

    private static int NameEnd(string svg, int at)
    {
        while (at < svg.Length && svg[at] is >= 'a' and <= 'z') at++;
        return at;
    }
}
