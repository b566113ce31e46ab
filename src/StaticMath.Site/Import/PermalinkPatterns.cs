namespace StaticMath.Site.Import;

/// <summary>Other generators' URL patterns in StaticMath's tokens; null when a pattern uses a part ours lack.</summary>
public static class PermalinkPatterns
{
    /// <summary>Jekyll's built-in styles, as its documentation defines them.</summary>
    private static readonly Dictionary<string, string> JekyllStyles = new(StringComparer.Ordinal)
    {
        ["date"] = "/:categories/:year/:month/:day/:title:output_ext",
        ["pretty"] = "/:categories/:year/:month/:day/:title/",
        ["none"] = "/:categories/:title:output_ext",
    };

    private static readonly (string Token, string Ours)[] JekyllTokens =
    [
        (":categories", ":categories"), (":title", "{slug}"), (":slug", "{slug}"), (":year", "{year}"), (":month", "{month}"),
        (":day", "{day}"), (":output_ext", ".html"),
    ];

    private static readonly (string Token, string Ours)[] HugoTokens =
    [
        (":year", "{year}"), (":month", "{month}"), (":day", "{day}"), (":slug", "{slug}"), (":title", "{slug}"),
        (":filename", "{slug}"), (":contentbasename", "{slug}"), (":section", "{section}"),
    ];

    public static string? FromJekyll(string pattern) =>
        Replace(JekyllStyles.GetValueOrDefault(pattern.Trim(), pattern.Trim()), JekyllTokens);

    public static string? FromHugo(string pattern) => Replace(pattern.Trim(), HugoTokens);

    /// <summary>Replaces the known tokens (longest first, so <c>:title</c> is not read as <c>:t</c>…); any ':' left is an unknown token.</summary>
    private static string? Replace(string pattern, (string Token, string Ours)[] tokens)
    {
        var result = pattern;
        foreach (var (token, ours) in tokens.OrderByDescending(t => t.Token.Length))
            result = result.Replace(token, token == ":categories" ? "\u0001" : ours, StringComparison.Ordinal);
        if (result.Contains(':')) return null;
        return result.Replace("\u0001", ":categories", StringComparison.Ordinal);
    }
}
