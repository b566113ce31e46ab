using StaticMath.Site.Diagnostics;

namespace StaticMath.Site.Configuration;

/// <summary>
/// URLs that run script when followed or loaded: <c>javascript:</c> and <c>vbscript:</c> anywhere, and <c>data:</c>
/// except images in image places and media in media places (a <c>data:</c> frame or link is a page of its own).
/// The scheme is read the way browsers read it: leading spaces and control characters, and tabs and newlines
/// anywhere, are ignored, and case does not matter. Both the build (at the source line) and <c>check</c> (in the
/// output) report them, as <c>security.unsafeUrls</c> says.
/// </summary>
public static class UnsafeUrls
{
    /// <summary>Elements and attributes that hold a URL the browser follows or loads.</summary>
    public static readonly IReadOnlyList<(string Element, string Attribute)> Attributes =
    [
        ("a", "href"), ("area", "href"), ("img", "src"), ("input", "src"), ("video", "poster"), ("video", "src"),
        ("audio", "src"), ("source", "src"), ("track", "src"), ("iframe", "src"), ("embed", "src"), ("object", "data"),
        ("form", "action"), ("button", "formaction"), ("input", "formaction"), ("frame", "src"), ("link", "href"),
    ];

    private static readonly HashSet<string> UrlElements = Attributes.Select(a => a.Element).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="element"/> (lower-case) has an attribute of <see cref="Attributes"/>.</summary>
    public static bool HasUrlAttribute(string element) => UrlElements.Contains(element);

    private static readonly HashSet<string> ImageElements = new(StringComparer.Ordinal) { "img", "input", "video-poster" };
    private static readonly HashSet<string> MediaElements = new(StringComparer.Ordinal) { "video", "audio", "source", "track" };

    /// <summary>Whether <paramref name="url"/> in <paramref name="element"/> (lower-case; <c>video-poster</c> for a poster) runs script.</summary>
    public static bool IsUnsafe(string element, string url)
    {
        var cleaned = new string(url.SkipWhile(c => c <= ' ').Where(c => c is not ('\t' or '\n' or '\r')).ToArray());
        var colon = cleaned.IndexOf(':');
        if (colon <= 0) return false;
        var scheme = cleaned[..colon];
        if (!char.IsAsciiLetter(scheme[0]) || !scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return false;
        if (scheme.Equals("javascript", StringComparison.OrdinalIgnoreCase) || scheme.Equals("vbscript", StringComparison.OrdinalIgnoreCase)) return true;
        if (!scheme.Equals("data", StringComparison.OrdinalIgnoreCase)) return false;
        var type = cleaned[(colon + 1)..].TrimStart();
        if (ImageElements.Contains(element)) return !type.StartsWith("image/", StringComparison.OrdinalIgnoreCase);
        if (MediaElements.Contains(element))
            return !(type.StartsWith("video/", StringComparison.OrdinalIgnoreCase) || type.StartsWith("audio/", StringComparison.OrdinalIgnoreCase)
                     || type.StartsWith("text/vtt", StringComparison.OrdinalIgnoreCase));
        return true;
    }

    /// <summary>The diagnostic for one unsafe URL under <paramref name="policy"/>; null when the site allows them.</summary>
    public static Diagnostic? Report(UnsafeUrlPolicy policy, string path, int line, int column, string element, string url)
    {
        if (policy == UnsafeUrlPolicy.Allow) return null;
        var message = $"<{element}> URL \"{Shorten(url)}\" runs script when followed (javascript:, vbscript: or a data: page); " +
                      "remove it, or set security.unsafeUrls: allow if the site means it";
        return policy == UnsafeUrlPolicy.Error ? Diagnostic.Error(DiagnosticCodes.UnsafeUrl, path, line, column, message) : Diagnostic.Warning(DiagnosticCodes.UnsafeUrl, path, line, column, message);
    }

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "...";
}
