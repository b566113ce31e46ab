namespace StaticMath.Site.Markdown.Extensions;

/// <summary>
/// Per-page map from an anchor id to the text a bare reference <c>[](#id)</c> should show ("Theorem 2", "Figure 3").
/// Filled by the callout and figure numbering post-processors, read by <see cref="BlockReferenceResolver"/>.
/// </summary>
public sealed class BlockReferenceTable
{
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public void Add(string id, string text) => _labels.TryAdd(id, text);

    public bool TryGet(string id, out string text) => _labels.TryGetValue(id, out text!);
}
