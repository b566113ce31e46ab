namespace StaticMath.Site.Pipeline;

/// <summary>
/// Reading and editing <see cref="FragmentTokens"/> as the DOM passes read and edit elements: an element's descendants
/// and children, a class added, tokens inserted. Elements are found by nesting (start and end tags), not by
/// <see cref="FragmentToken.Depth"/>, which a pass's inserted tokens need not keep exact.
/// </summary>
public static class FragmentTokenEdits
{
    /// <summary>The index of the end tag that closes the start tag at <paramref name="start"/> (itself for a void element).</summary>
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
            if (tokens[i].Kind == FragmentTokenKind.StartTag && matches(tokens[i])) return true;
        }
        return false;
    }

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

    /// <summary>
    /// Adds a class the element does not have as the DOM's <c>ClassList.Add</c> does: the class attribute rewritten as
    /// its distinct names joined by single spaces, or a class attribute added last.
    /// </summary>
    public static void AddClass(FragmentToken token, string name)
    {
        if (token.HasClass(name)) return;
        var classes = token.GetAttribute("class");
        if (classes is null)
        {
            token.SetAttribute("class", name);
            return;
        }
        var names = classes.Split(FragmentToken.HtmlWhitespace, StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Append(name);
        token.SetAttribute("class", string.Join(' ', names));
    }

    /// <summary>The page with each insertion's tokens put before the token at its index (an index of the page as it was).</summary>
    public static void Insert(FragmentTokens page, IReadOnlyList<(int At, IReadOnlyList<FragmentToken> Tokens)> insertions)
    {
        if (insertions.Count == 0) return;
        var tokens = page.Tokens;
        var edited = new List<FragmentToken>(tokens.Count + insertions.Sum(i => i.Tokens.Count));
        var copied = 0;
        foreach (var (at, inserted) in insertions.OrderBy(i => i.At)) // stable: insertions at one index keep their order
        {
            edited.AddRange(tokens.Skip(copied).Take(at - copied));
            edited.AddRange(inserted);
            copied = at;
        }
        edited.AddRange(tokens.Skip(copied));
        page.Replace(edited);
    }
}
