namespace StaticMath.Site.Markdown.Extensions.InlineAttributes;

/// <summary>
/// Whether braces hold Pandoc/kramdown attributes (<c>{#id}</c>, <c>{.class}</c>, <c>{key=value}</c>, <c>{-}</c>) rather
/// than prose or TeX (<c>{E}</c> of <c>\mathbb{E}</c>, <c>{itemize}</c>): the first word must start with <c>#</c> or
/// <c>.</c>, or be a <c>key=</c>.
/// </summary>
internal static class AttributeBlockSyntax
{
    public static bool Opens(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] != '{') return false;
        var body = text[1..].TrimStart();
        if (body.IsEmpty) return false;
        if (body[0] is '#' or '.') return body.Length > 1 && !char.IsWhiteSpace(body[1]) && body[1] != '}';
        if (body.StartsWith("-}") || body.StartsWith("- ")) return true;
        var name = 0;
        while (name < body.Length && (char.IsAsciiLetterOrDigit(body[name]) || body[name] is '_' or '-' or ':' or '.')) name++;
        return name > 0 && name < body.Length && body[name] == '=';
    }
}
