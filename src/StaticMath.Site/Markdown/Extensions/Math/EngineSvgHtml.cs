using System.Text;
using System.Xml;
using AngleSharp.Html.Parser;
using StaticMath.Site.Markdown.Extensions.Theme;
using StaticMath.Site.Pipeline;

namespace StaticMath.Site.Markdown.Extensions.Math;

/// <summary>
/// An equation's SVG as it reads after a trip through the page's HTML passes: parsed as HTML and written back by
/// AngleSharp (empty elements get an end tag, attribute values are re-escaped), with the author colours copied into
/// CSS (<see cref="MathColorVariables"/>). The engine writes plain XML, so it is read with the XML reader, which is
/// many times cheaper than an HTML DOM; anything outside the simple shape the engine writes (entities beyond XML's,
/// NUL or CR characters, foreign namespaces, mixed-case names the HTML parser would change) takes the DOM's way.
/// </summary>
public static class EngineSvgHtml
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string XLinkNamespace = "http://www.w3.org/1999/xlink";
    private const int MaxDepth = 256;

    // Per thread, with its own name table: a reader made without one builds a new table for every equation, and the
    // names an engine SVG uses are the same few dozen. Name tables are not thread-safe; pages render in parallel.
    [ThreadStatic] private static XmlReaderSettings? t_readerSettings;

    private static XmlReaderSettings ReaderSettings => t_readerSettings ??= new()
    {
        CheckCharacters = false, // the TeX in aria-label may hold control characters XML forbids; HTML keeps them
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        NameTable = new NameTable(),
    };

    public static string AsParsed(string svg) => PlainEngineSvg.ToHtml(svg) ?? NotPlain(svg);

    /// <summary>The written form of an SVG the one scan (<see cref="PlainEngineSvg"/>) already refused.</summary>
    internal static string NotPlain(string svg) => FromXml(svg) ?? FromDom(svg);

    /// <summary>The written form through the XML reader, or null when the SVG is not of the engine's simple shape.</summary>
    internal static string? FromXml(string svg)
    {
        if (svg.AsSpan().IndexOfAny('\0', '\r') >= 0 || !HasOnlyWhitespaceCharacterReferences(svg)) return null;
        var html = new StringBuilder(svg.Length + svg.Length / 4);
        try
        {
            using var reader = XmlReader.Create(new StringReader(svg), ReaderSettings);
            return Write(reader, html) ? html.ToString() : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when the only numeric references are the engine's for a line break, carriage return or tab in the TeX
    /// (both parsers read those alike; others, such as a control character's, are left to the HTML parser's rules).
    /// </summary>
    private static bool HasOnlyWhitespaceCharacterReferences(string svg)
    {
        for (var at = svg.IndexOf("&#", StringComparison.Ordinal); at >= 0; at = svg.IndexOf("&#", at + 2, StringComparison.Ordinal))
        {
            var rest = svg.AsSpan(at);
            if (!rest.StartsWith("&#10;") && !rest.StartsWith("&#13;") && !rest.StartsWith("&#9;")) return false;
        }
        return true;
    }

    /// <summary>The written form through AngleSharp itself: what the page's passes did to an SVG inside the page.</summary>
    internal static string FromDom(string svg)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = svg;
        foreach (var group in body.QuerySelectorAll("svg g[fill]"))
        {
            if (MathColorVariables.StyleFor(group.GetAttribute("fill")!, group.Children.Any(c => c.LocalName != "rect")) is { } style)
                group.SetAttribute("style", style);
        }
        return LinearHtmlSerializer.InnerHtml(body);
    }

    /// <summary>Streams the elements out; a coloured group's style is inserted once its children are known.</summary>
    private static bool Write(XmlReader reader, StringBuilder html)
    {
        // Per open element: its name, where its start tag ends (for a style added later), its fill, whether it has
        // a child other than a rect.
        var open = new Stack<(string Name, int TagEnd, string? Fill, bool PaintsMoreThanRects)>();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (open.Count >= MaxDepth || reader.NamespaceURI != SvgNamespace || !IsLowerCase(reader.LocalName)) return false;
                    if (open.Count > 0 && reader.LocalName != "rect" && !open.Peek().PaintsMoreThanRects)
                        open.Push(open.Pop() with { PaintsMoreThanRects = true });
                    var name = reader.LocalName;
                    html.Append('<').Append(name);
                    string? fill = null;
                    for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                    {
                        if (AttributeName(reader) is not { } attributeName) return false;
                        if (name == "g" && attributeName == "fill") fill = reader.Value;
                        else if (name == "g" && attributeName == "style") return false; // a colour would replace it in place
                        AppendAttribute(html, attributeName, reader.Value);
                    }
                    reader.MoveToElement();
                    html.Append('>');
                    if (reader.IsEmptyElement) html.Append("</").Append(name).Append('>');
                    else open.Push((name, html.Length - 1, fill, false));
                    break;
                case XmlNodeType.EndElement:
                    var closing = open.Pop();
                    if (closing.Fill is { } colour
                        && MathColorVariables.StyleFor(colour, closing.PaintsMoreThanRects) is { } style)
                    {
                        var attribute = new StringBuilder();
                        AppendAttribute(attribute, "style", style);
                        html.Insert(closing.TagEnd, attribute.ToString());
                    }
                    html.Append("</").Append(closing.Name).Append('>');
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                    AppendText(html, reader.Value); // the HTML parser reads CDATA in SVG as text
                    break;
                case XmlNodeType.XmlDeclaration:
                    break;
                default:
                    return false; // comments, processing instructions, doctypes: the DOM's way
            }
        }
        return open.Count == 0;
    }

    /// <summary>The name AngleSharp writes, or null for one the HTML parser would read differently.</summary>
    private static string? AttributeName(XmlReader reader)
    {
        var local = reader.LocalName;
        switch (reader.NamespaceURI)
        {
            case "":
                return local == "viewBox" || IsLowerCase(local) ? local : null;
            case XmlnsNamespace:
                return local == "xmlns" ? local : IsLowerCase(local) ? "xmlns:" + local : null;
            case XLinkNamespace:
                return IsLowerCase(local) ? "xlink:" + local : null;
            default:
                return null;
        }
    }

    private static bool IsLowerCase(string name)
    {
        foreach (var c in name)
        {
            if (c is >= 'A' and <= 'Z') return false;
        }
        return name.Length > 0;
    }

    // AngleSharp's HtmlMarkupFormatter: attributes escape & " < > and no-break space; text escapes & < > and no-break space.
    private static void AppendAttribute(StringBuilder html, string name, string value)
    {
        html.Append(' ').Append(name).Append("=\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '"': html.Append("&quot;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '\u00A0': html.Append("&nbsp;"); break;
                default: html.Append(c); break;
            }
        }
        html.Append('"');
    }

    private static void AppendText(StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '\u00A0': html.Append("&nbsp;"); break;
                default: html.Append(c); break;
            }
        }
    }
}
