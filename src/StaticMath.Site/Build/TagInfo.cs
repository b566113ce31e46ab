using StaticMath.Site.Content;

namespace StaticMath.Site.Build;

/// <summary>A tag with its page URL and its posts (newest first).</summary>
public sealed record TagInfo(string Name, string Slug, string Url, IReadOnlyList<Page> Posts);
