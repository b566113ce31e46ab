using System.Net;
using System.Text;

namespace StaticMath.Site.Pipeline;

/// <summary>
/// Where HTML the site writes itself (an equation's wrapper, say) goes: as text (<see cref="HtmlMarkupWriter"/>), or
/// straight into a page's tokens, the tokens <see cref="FragmentTokens.Read"/> would read from that text
/// (<see cref="FragmentSegments"/>). Values are given as the DOM holds them; the text writer escapes them.
/// </summary>
public abstract class MarkupWriter
{
    /// <summary>A start tag with its attributes (name and unescaped value) in order.</summary>
    public abstract void Open(string name, params ReadOnlySpan<(string Name, string Value)> attributes);

    /// <summary>An element without content or end tag (<c>wbr</c>, <c>br</c>).</summary>
    public abstract void Void(string name);

    public abstract void Close(string name);

    /// <summary>Text (unescaped).</summary>
    public abstract void Text(string text);
}

/// <summary>Writes markup as HTML text: attribute values and text escaped with <see cref="WebUtility.HtmlEncode(string)"/>.</summary>
public sealed class HtmlMarkupWriter(StringBuilder html) : MarkupWriter
{
    public StringBuilder Html { get; } = html;

    public override void Open(string name, params ReadOnlySpan<(string Name, string Value)> attributes)
    {
        Html.Append('<').Append(name);
        foreach (var (attribute, value) in attributes)
            Html.Append(' ').Append(attribute).Append("=\"").Append(WebUtility.HtmlEncode(value)).Append('"');
        Html.Append('>');
    }

    public override void Void(string name) => Html.Append('<').Append(name).Append('>');

    public override void Close(string name) => Html.Append("</").Append(name).Append('>');

    public override void Text(string text) => Html.Append(WebUtility.HtmlEncode(text));

    /// <summary>HTML written as it is (an equation's SVG).</summary>
    public void Raw(string html) => Html.Append(html);
}
