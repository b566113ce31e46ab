namespace StaticMath.Site.Pipeline;

public enum FragmentTokenKind
{
    StartTag,
    EndTag,
    Text,
    Comment,
}

/// <summary>
/// One token of a page fragment read by <see cref="FragmentTokens"/>: a tag with its attributes (names lower-case,
/// values decoded), a run of text (decoded, adjacent runs merged as the DOM merges them) or a comment. A void element
/// (<c>img</c>, <c>br</c>…) is a start tag with no end tag.
/// </summary>
public sealed class FragmentToken
{
    private FragmentToken(FragmentTokenKind kind, string name, string data, List<KeyValuePair<string, string>> attributes, int depth, string? inner = null)
    {
        Kind = kind;
        Name = name;
        Data = data;
        Attributes = attributes;
        Depth = depth;
        Inner = inner;
    }

    public FragmentTokenKind Kind { get; }

    /// <summary>The tag name (lower-case); empty for text and comments.</summary>
    public string Name { get; }

    /// <summary>The text or the comment's data; empty for tags.</summary>
    public string Data { get; set; }

    /// <summary>The start tag's attributes in source order (as the DOM keeps them).</summary>
    public List<KeyValuePair<string, string>> Attributes { get; }

    /// <summary>How many elements were open around the token when it was read (0: a child of the fragment's root).</summary>
    public int Depth { get; }

    /// <summary>
    /// For the start tag of a part the site wrote itself (an equation's HTML, see <see cref="FragmentSegments"/>): the
    /// element's content as the serializer writes it, kept as text rather than as tokens (nothing between this token
    /// and its end tag). Null for every other token. The passes treat such an element as a whole (they move, wrap or
    /// skip an equation; none edits inside one); what reads its content asks <see cref="FragmentTokenQueries.ContentOf"/>.
    /// </summary>
    public string? Inner { get; }

    public bool IsStartTag(string name) => Kind == FragmentTokenKind.StartTag && Name == name;

    public static FragmentToken Start(string name, List<KeyValuePair<string, string>> attributes, int depth) =>
        new(FragmentTokenKind.StartTag, name, "", attributes, depth);

    /// <summary>A start tag whose content is <paramref name="inner"/>, written as it is (see <see cref="Inner"/>).</summary>
    public static FragmentToken StartWithContent(string name, List<KeyValuePair<string, string>> attributes, string inner, int depth) =>
        new(FragmentTokenKind.StartTag, name, "", attributes, depth, inner);

    public static FragmentToken End(string name, int depth) => new(FragmentTokenKind.EndTag, name, "", NoAttributes, depth);

    public static FragmentToken Text(string text, int depth) => new(FragmentTokenKind.Text, "", text, NoAttributes, depth);

    public static FragmentToken Comment(string data, int depth) => new(FragmentTokenKind.Comment, "", data, NoAttributes, depth);

    // Shared by every token that is not a start tag (an empty list each was a tenth of a page's token allocations):
    // only start tags' attributes are ever changed (see SetAttribute, RemoveAttribute).
    private static readonly List<KeyValuePair<string, string>> NoAttributes = [];

    public string? GetAttribute(string name)
    {
        foreach (var (key, value) in Attributes)
        {
            if (key == name) return value;
        }
        return null;
    }

    public bool HasAttribute(string name) => GetAttribute(name) is not null;

    /// <summary>Sets the attribute where it stands, or adds it last (as the DOM's <c>SetAttribute</c> does).</summary>
    public void SetAttribute(string name, string value)
    {
        RequireStartTag();
        for (var i = 0; i < Attributes.Count; i++)
        {
            if (Attributes[i].Key != name) continue;
            Attributes[i] = new(name, value);
            return;
        }
        Attributes.Add(new(name, value));
    }

    /// <summary>Attributes are changed on start tags only (the other tokens share one empty list).</summary>
    internal void RequireStartTag()
    {
        if (Kind != FragmentTokenKind.StartTag) throw new InvalidOperationException($"a {Kind} token has no attributes to change");
    }

    public bool HasClass(string name)
    {
        // Without splitting: the passes ask this of every start tag of a page.
        var rest = GetAttribute("class").AsSpan();
        while (true)
        {
            rest = rest.TrimStart(HtmlWhitespace);
            if (rest.IsEmpty) return false;
            var end = rest.IndexOfAny(HtmlWhitespace);
            if ((end < 0 ? rest : rest[..end]).SequenceEqual(name)) return true;
            if (end < 0) return false;
            rest = rest[end..];
        }
    }

    /// <summary>The whitespace that separates class names (HTML's ASCII whitespace).</summary>
    public static readonly char[] HtmlWhitespace = [' ', '\t', '\n', '\f', '\r'];
}
