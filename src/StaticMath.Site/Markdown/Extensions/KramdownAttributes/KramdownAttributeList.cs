using System.Text;
using Markdig.Renderers.Html;

namespace StaticMath.Site.Markdown.Extensions.KramdownAttributes;

/// <summary>
/// The content of a kramdown inline attribute list <c>{: .class #id key="value" word}</c>: classes, id, key/value
/// pairs (double, single or unquoted values, <c>\"</c> escapes) and bare words (<c>toc</c>, ALD references).
/// </summary>
public sealed class KramdownAttributeList
{
    public string? Id { get; private set; }
    public List<string> Classes { get; } = [];
    public List<KeyValuePair<string, string>> Properties { get; } = [];
    public List<string> Words { get; } = [];

    /// <summary>
    /// Parses an IAL starting at <paramref name="start"/> (which must be <c>{:</c>); <paramref name="length"/> is the
    /// length through the closing brace. Extensions (<c>{::…}</c>) and unterminated lists are not IALs. The
    /// <c>{#id .class}</c> form belongs to Markdig's generic attributes and is left alone.
    /// </summary>
    public static bool TryParse(string text, int start, out KramdownAttributeList list, out int length)
    {
        list = new KramdownAttributeList();
        length = 0;
        if (start + 2 >= text.Length || text[start] != '{') return false;
        var marker = text[start + 1];
        if (marker == ':' && text[start + 2] == ':') return false;
        if (marker != ':') return false;
        var i = start + 2;
        while (true)
        {
            while (i < text.Length && text[i] is ' ' or '\t') i++;
            if (i >= text.Length || text[i] is '\n' or '\r') return false;
            if (text[i] == '}')
            {
                length = i + 1 - start;
                return true;
            }
            if (text[i] is '.' or '#')
            {
                var kind = text[i++];
                var name = ReadName(text, ref i);
                if (name.Length == 0) return false;
                if (kind == '.') list.Classes.Add(name);
                else list.Id = name;
                continue;
            }
            var word = ReadName(text, ref i);
            if (word.Length == 0) return false;
            if (i < text.Length && text[i] == '=')
            {
                i++;
                if (!ReadValue(text, ref i, out var value)) return false;
                list.Properties.Add(new(word, value));
            }
            else
            {
                list.Words.Add(word);
            }
        }
    }

    /// <summary>Merges into Markdig attributes: id replaced, classes appended once, properties replaced by key.</summary>
    public void ApplyTo(HtmlAttributes attributes)
    {
        if (Id is not null) attributes.Id = Id;
        foreach (var cls in Classes)
            if (attributes.Classes is null || !attributes.Classes.Contains(cls))
                attributes.AddClass(cls);
        foreach (var (key, value) in Properties)
        {
            if (key.Equals("class", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var cls in value.Split(' ', StringSplitOptions.RemoveEmptyEntries)) attributes.AddClass(cls);
                continue;
            }
            if (key.Equals("id", StringComparison.OrdinalIgnoreCase)) { attributes.Id = value; continue; }
            attributes.Properties?.RemoveAll(p => p.Key.Equals(key, StringComparison.OrdinalIgnoreCase));
            attributes.AddProperty(key, value);
        }
    }

    private static string ReadName(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '_' or ':' )) i++;
        return text[start..i];
    }

    private static bool ReadValue(string text, ref int i, out string value)
    {
        value = "";
        if (i >= text.Length) return false;
        var quote = text[i];
        if (quote is '"' or '\'')
        {
            var sb = new StringBuilder();
            i++;
            while (i < text.Length && text[i] != quote)
            {
                if (text[i] is '\n' or '\r') return false;
                if (text[i] == '\\' && i + 1 < text.Length && (text[i + 1] == quote || text[i + 1] == '\\' || text[i + 1] == '}'))
                    i++;
                sb.Append(text[i++]);
            }
            if (i >= text.Length) return false;
            i++;
            value = sb.ToString();
            return true;
        }
        var start = i;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '}') i++;
        value = text[start..i];
        return value.Length > 0;
    }
}
