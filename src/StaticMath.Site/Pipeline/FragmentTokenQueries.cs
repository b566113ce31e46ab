namespace StaticMath.Site.Pipeline;

/// <summary>
/// DOM questions and edits asked of <see cref="FragmentTokens"/>, with the DOM's exact effect (attribute order, class
/// lists), for passes that do their work on the tokens.
/// </summary>
public static class FragmentTokenQueries
{
    /// <summary>
    /// The index of the end tag that closes the start tag at <paramref name="start"/> (itself for a void element), found by
    /// nesting, not by <see cref="FragmentToken.Depth"/>, which a pass's inserted tokens need not keep exact.
    /// </summary>
    public static int EndOf(List<FragmentToken> tokens, int start)
    {
        if (FragmentTokens.IsVoid(tokens[start].Name)) return start;
        var nesting = 0;
        for (var i = start + 1; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == FragmentTokenKind.StartTag && !FragmentTokens.IsVoid(tokens[i].Name)) nesting++;
            else if (tokens[i].Kind == FragmentTokenKind.EndTag && nesting-- == 0) return i;
        }
        return tokens.Count - 1;
    }

    /// <summary>Whether an element inside the one starting at <paramref name="start"/> matches (as <c>QuerySelector</c> finds one).</summary>
    public static bool HasDescendant(List<FragmentToken> tokens, int start, Func<FragmentToken, bool> matches)
    {
        var end = EndOf(tokens, start);
        for (var i = start + 1; i < end; i++)
        {
            if (tokens[i].Kind == FragmentTokenKind.StartTag && (matches(tokens[i]) || ContentHas(tokens[i], matches))) return true;
        }
        return false;
    }

    /// <summary>Whether an element held as text (<see cref="FragmentToken.Inner"/>) has a matching element inside.</summary>
    private static bool ContentHas(FragmentToken element, Func<FragmentToken, bool> matches) =>
        element.Inner is not null && ContentOf(element).Exists(t => t.Kind == FragmentTokenKind.StartTag && matches(t));

    /// <summary>The index of the first child element named <paramref name="name"/> of the element at <paramref name="start"/>, or -1.</summary>
    public static int FirstChildElement(List<FragmentToken> tokens, int start, string name)
    {
        var end = EndOf(tokens, start);
        for (var i = start + 1; i < end; i++)
        {
            if (tokens[i].Kind != FragmentTokenKind.StartTag) continue;
            if (tokens[i].Name == name) return i;
            i = EndOf(tokens, i);
        }
        return -1;
    }

    /// <summary>For each start tag the index of its end tag (itself for a void element); -1 for other tokens. One pass.</summary>
    public static int[] MatchingEnds(IReadOnlyList<FragmentToken> tokens)
    {
        var ends = new int[tokens.Count];
        var open = new Stack<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            ends[i] = -1;
            if (tokens[i].Kind == FragmentTokenKind.EndTag) ends[open.Pop()] = i;
            else if (tokens[i].Kind == FragmentTokenKind.StartTag && HasEndTag(tokens, i)) open.Push(i);
            else if (tokens[i].Kind == FragmentTokenKind.StartTag) ends[i] = i;
        }
        return ends;
    }

    // An element holds the tokens deeper than it up to its end tag, the next token at its depth; a void element (no end
    // tag) is followed by a token no deeper than it that is not an end tag at its depth.
    private static bool HasEndTag(IReadOnlyList<FragmentToken> tokens, int start) =>
        start + 1 < tokens.Count && (tokens[start + 1].Depth > tokens[start].Depth
            || tokens[start + 1].Kind == FragmentTokenKind.EndTag && tokens[start + 1].Depth == tokens[start].Depth);

    /// <summary>The indices of the element children of the element at <paramref name="start"/>, in order (<c>Children</c>).</summary>
    public static List<int> ChildElements(IReadOnlyList<FragmentToken> tokens, int[] ends, int start)
    {
        var children = new List<int>();
        for (var i = start + 1; i < ends[start]; i++)
        {
            if (tokens[i].Kind != FragmentTokenKind.StartTag) continue;
            children.Add(i);
            i = ends[i];
        }
        return children;
    }

    /// <summary>The first element child with the class, or -1.</summary>
    public static int FirstChildWithClass(IReadOnlyList<FragmentToken> tokens, int[] ends, int start, string className)
    {
        for (var i = start + 1; i < ends[start]; i++)
        {
            if (tokens[i].Kind != FragmentTokenKind.StartTag) continue;
            if (tokens[i].HasClass(className)) return i;
            i = ends[i];
        }
        return -1;
    }

    /// <summary>The element's <c>TextContent</c>: its descendant text, comments left out.</summary>
    public static string TextContent(IReadOnlyList<FragmentToken> tokens, int[] ends, int start)
    {
        var text = new System.Text.StringBuilder();
        for (var i = start + 1; i < ends[start]; i++) AppendText(text, tokens[i]);
        return text.ToString();
    }

    /// <summary>Every <c>id</c> on the page (the DOM's <c>[id]</c>), the ones inside an element held as text included:
    /// that content is read only when its text has an <c>id</c> attribute in it.</summary>
    public static HashSet<string> Ids(IReadOnlyList<FragmentToken> tokens)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens) AddIds(ids, token);
        return ids;
    }

    private static void AddIds(HashSet<string> ids, FragmentToken token)
    {
        if (token.Kind != FragmentTokenKind.StartTag) return;
        if (token.GetAttribute("id") is { } id) ids.Add(id);
        if (token.Inner?.Contains(" id=\"", StringComparison.Ordinal) != true) return;
        foreach (var inner in ContentOf(token)) AddIds(ids, inner);
    }

    /// <summary>The tokens inside a start tag that holds its content as text (<see cref="FragmentToken.Inner"/>), at their
    /// depths on the page; empty for any other token.</summary>
    public static List<FragmentToken> ContentOf(FragmentToken start) =>
        start.Inner is { Length: > 0 } inner ? ReadChildren(inner, start.Depth) ?? [] : [];

    /// <summary>A token's share of an element's <c>TextContent</c>: a text's data, the text inside an element held as text.</summary>
    private static void AppendText(System.Text.StringBuilder text, FragmentToken token)
    {
        if (token.Kind == FragmentTokenKind.Text) text.Append(token.Data);
        else if (token.Inner is not null)
        {
            foreach (var inner in ContentOf(token)) AppendText(text, inner);
        }
    }

    /// <summary>
    /// <c>ClassList.Add</c>: nothing when the class is there; otherwise the list (split on whitespace, repeats dropped)
    /// with the class last is written back as one space-separated value, and a new <c>class</c> attribute goes last.
    /// </summary>
    public static void AddClass(this FragmentToken element, string className)
    {
        var classes = element.ClassList();
        if (classes.Contains(className)) return;
        classes.Add(className);
        element.SetAttribute("class", string.Join(' ', classes));
    }

    /// <summary>The classes in order, repeats dropped (<c>ClassList</c>).</summary>
    public static List<string> ClassList(this FragmentToken element)
    {
        var classes = new List<string>();
        foreach (var part in (element.GetAttribute("class") ?? "").Split(FragmentToken.HtmlWhitespace, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!classes.Contains(part)) classes.Add(part);
        }
        return classes;
    }

    public static void RemoveAttribute(this FragmentToken element, string name)
    {
        element.RequireStartTag();
        element.Attributes.RemoveAll(a => a.Key == name);
    }

    /// <summary>
    /// The tokens of an HTML snippet the DOM would parse as children of an element at <paramref name="parentDepth"/>
    /// (<c>InnerHtml</c>, <c>Insert</c>), or null when its tree is not built by opening and closing elements in order.
    /// </summary>
    public static List<FragmentToken>? ReadChildren(string html, int parentDepth)
    {
        if (FragmentTokens.Read(html) is not { } snippet) return null;
        var depth = parentDepth + 1;
        var tokens = new List<FragmentToken>(snippet.Tokens.Count);
        foreach (var token in snippet.Tokens) tokens.Add(AtDepth(token, token.Depth + depth));
        return tokens;
    }

    private static FragmentToken AtDepth(FragmentToken token, int depth) => token.Kind switch
    {
        FragmentTokenKind.StartTag => token.Inner is { } inner
            ? FragmentToken.StartWithContent(token.Name, token.Attributes, inner, depth)
            : FragmentToken.Start(token.Name, token.Attributes, depth),
        FragmentTokenKind.EndTag => FragmentToken.End(token.Name, depth),
        FragmentTokenKind.Text => FragmentToken.Text(token.Data, depth),
        _ => FragmentToken.Comment(token.Data, depth),
    };

    /// <summary>
    /// The tokens with each insertion placed before the token at its index, in the order given (several at one index
    /// keep their order); insertions at <c>tokens.Count</c> go last. One pass over the tokens.
    /// </summary>
    public static List<FragmentToken> WithInsertions(IReadOnlyList<FragmentToken> tokens, List<(int Before, List<FragmentToken> Tokens)> insertions)
    {
        var ordered = insertions.Select((insertion, order) => (insertion, order))
            .OrderBy(x => x.insertion.Before).ThenBy(x => x.order).Select(x => x.insertion).ToList();
        var result = new List<FragmentToken>(tokens.Count + ordered.Sum(x => x.Tokens.Count));
        var next = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            for (; next < ordered.Count && ordered[next].Before == i; next++) result.AddRange(ordered[next].Tokens);
            if (i < tokens.Count) result.Add(tokens[i]);
        }
        return result;
    }
}
