namespace StaticMath.Site.Pipeline;

/// <summary>
/// Which element names, attribute names and classes a page's start tags have, as <see cref="FragmentTokens.Read"/>
/// read them (before any pass changed a token): for the passes' <see cref="IHtmlPostProcessor.NeedsDom"/> questions,
/// which are asked before any pass runs. Each question walked the whole page asking start tags for their attributes
/// (a sixth of the passes' time on tokens); most pages have none of what the question looks for, and this says so
/// without a walk. A "yes" here is only a maybe: the pass still looks at the tokens themselves.
/// </summary>
public sealed class FragmentTokenSummary
{
    private readonly HashSet<string> _elements = new(StringComparer.Ordinal);
    private readonly HashSet<string> _attributes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _classes = new(StringComparer.Ordinal);
    // Class attributes already split: a page's equations and blocks repeat a few values many times.
    private readonly HashSet<string> _classValues = new(StringComparer.Ordinal);

    /// <summary>Whether some start tag is a <paramref name="name"/> element.</summary>
    public bool HasElement(string name) => _elements.Contains(name);

    /// <summary>Whether some start tag has the attribute <paramref name="name"/>.</summary>
    public bool HasAttribute(string name) => _attributes.Contains(name);

    /// <summary>Whether some start tag has the class <paramref name="name"/> (as <see cref="FragmentToken.HasClass"/>).</summary>
    public bool HasClass(string name) => _classes.Contains(name);

    /// <summary>Whether some start tag has a class that <paramref name="matches"/>.</summary>
    public bool HasClassWhere(Func<string, bool> matches)
    {
        foreach (var name in _classes)
        {
            if (matches(name)) return true;
        }

        return false;
    }

    /// <summary>Counts a start tag as it is read.</summary>
    internal void Add(string element, List<KeyValuePair<string, string>> attributes)
    {
        _elements.Add(element);
        foreach (var (name, value) in attributes)
        {
            _attributes.Add(name);
            if (name == "class" && _classValues.Add(value)) AddClasses(value);
        }
    }

    private void AddClasses(string classes)
    {
        foreach (var range in classes.AsSpan().SplitAny(FragmentToken.HtmlWhitespace))
        {
            var name = classes.AsSpan(range);
            if (!name.IsEmpty) _classes.Add(name.ToString());
        }
    }
}
