using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Renderers.Html;

namespace StaticMath.Site.Markdown.Extensions.FencedDivs;

/// <summary>
/// The info string of a fenced div opening line: an optional kind word, an optional title (quoted or not) and an
/// optional trailing attribute block. Attribute syntax is Markdig's generic attributes (<c>#id .class key="v"</c>).
/// </summary>
internal sealed record FencedDivInfo(string Kind, string? Title, HtmlAttributes? Attributes)
{
    public static FencedDivInfo Parse(string info)
    {
        var text = info.Trim();
        // Pandoc allows a decorative closing run of colons on the opening line.
        text = text.TrimEnd(':').TrimEnd();

        HtmlAttributes? attributes = null;
        if (text.EndsWith('}'))
        {
            for (var open = text.LastIndexOf('{'); open >= 0; open = open == 0 ? -1 : text.LastIndexOf('{', open - 1))
            {
                var slice = new StringSlice(text, open, text.Length - 1);
                if (GenericAttributesParser.TryParse(ref slice, out var parsed) && slice.IsEmpty)
                {
                    attributes = parsed;
                    text = text[..open].TrimEnd();
                    break;
                }
            }
        }

        var kindLength = 0;
        while (kindLength < text.Length && (char.IsLetterOrDigit(text[kindLength]) || text[kindLength] is '-' or '_')) kindLength++;
        var kind = kindLength > 0 && char.IsLetter(text[0]) ? text[..kindLength].ToLowerInvariant() : "";
        var rest = kind.Length > 0 ? text[kindLength..].Trim() : text;
        if (kind.Length > 0 && kindLength < text.Length && !char.IsWhiteSpace(text[kindLength]))
        {
            // `::: theorem(Name)` is not a kind word followed by a title; treat the whole as a title of no kind.
            kind = "";
            rest = text;
        }

        string? title = rest.Length == 0 ? null : Unquote(rest);
        if (attributes?.Properties is { } properties)
        {
            var titleProperty = properties.FirstOrDefault(p => p.Key == "title");
            if (titleProperty.Key is not null)
            {
                title ??= titleProperty.Value;
                properties.Remove(titleProperty);
            }
        }
        return new FencedDivInfo(kind, title, attributes);
    }

    private static string Unquote(string text)
    {
        if (text.Length >= 2 && ((text[0] == '"' && text[^1] == '"') || (text[0] == '\u201C' && text[^1] == '\u201D') || (text[0] == '\'' && text[^1] == '\'')))
            return text[1..^1].Trim();
        return text;
    }
}
