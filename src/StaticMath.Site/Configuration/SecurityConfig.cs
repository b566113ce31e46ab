namespace StaticMath.Site.Configuration;

/// <summary>What to do with a link or frame whose URL runs script (<c>javascript:</c>, <c>data:</c> frames): see <see cref="StaticMath.Site.Configuration.UnsafeUrls"/>.</summary>
public enum UnsafeUrlPolicy
{
    /// <summary>A warning at the source line (the default): the page is built as written.</summary>
    Warn,

    /// <summary>An error: the build fails and <c>check</c> exits with 1.</summary>
    Error,

    /// <summary>Silence: the site means it (a bookmarklet page, say).</summary>
    Allow,
}

/// <summary><c>security:</c> in staticmath.yml.</summary>
public sealed class SecurityConfig
{
    /// <summary><c>warn</c> (default), <c>error</c> or <c>allow</c>.</summary>
    public string UnsafeUrls { get; set; } = "warn";

    /// <summary>The policy; an unknown value is <see cref="UnsafeUrlPolicy.Warn"/> (and reported by the build).</summary>
    public UnsafeUrlPolicy UnsafeUrlPolicy => TryParse(UnsafeUrls, out var policy) ? policy : UnsafeUrlPolicy.Warn;

    public static bool TryParse(string? text, out UnsafeUrlPolicy policy)
    {
        (var known, policy) = (text ?? "").Trim().ToLowerInvariant() switch
        {
            "warn" => (true, UnsafeUrlPolicy.Warn),
            "error" => (true, UnsafeUrlPolicy.Error),
            "allow" => (true, UnsafeUrlPolicy.Allow),
            _ => (false, UnsafeUrlPolicy.Warn),
        };
        return known;
    }
}
