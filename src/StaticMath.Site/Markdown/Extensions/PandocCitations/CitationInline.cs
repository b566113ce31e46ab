using Markdig.Syntax.Inlines;

namespace StaticMath.Site.Markdown.Extensions.PandocCitations;

/// <summary>One cited work inside a citation: <c>see @key, p. 33</c> → prefix "see", key, suffix ", p. 33".</summary>
/// <param name="SuppressAuthor">Written <c>-@key</c>: only the year is shown.</param>
public sealed record CitationItem(string Key, string Prefix, string Suffix, bool SuppressAuthor);

/// <summary>
/// A pandoc citation: bracketed <c>[see @a, p. 3; @b]</c> (parenthetical) or bare <c>@a</c> in running text (author in
/// text), optionally followed by a locator in brackets (<c>@a [p. 3]</c>).
/// </summary>
public sealed class CitationInline : LeafInline
{
    public required IReadOnlyList<CitationItem> Items { get; init; }

    /// <summary>True for bare <c>@key</c>: "Smith (2020)" instead of "(Smith 2020)".</summary>
    public required bool InText { get; init; }

    /// <summary>The citation as written, for plain-text rendering.</summary>
    public required string Source { get; init; }
}
