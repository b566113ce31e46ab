using System.Text.RegularExpressions;

namespace StaticMath.Site.Content;

/// <summary>The text of a rendered HTML fragment, for excerpts and the search index.</summary>
public static partial class FragmentText
{
    /// <summary>The text of an HTML fragment (tags removed, entities decoded, whitespace collapsed), math as its TeX.</summary>
    public static string PlainText(string html)
    {
        // Each equation once, as its TeX: the picture's label stays, the hidden copy text of the same TeX goes.
        var withoutCopies = HiddenMathText().Replace(html, "");
        var text = System.Net.WebUtility.HtmlDecode(TagPattern().Replace(SvgPattern().Replace(withoutCopies, m => AriaLabel(m.Value)), ""));
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>At most about <paramref name="limit"/> characters, cut at a space when one is near, with an ellipsis.</summary>
    public static string Shorten(string text, int limit)
    {
        if (text.Length <= limit) return text;
        var cut = text.LastIndexOf(' ', limit);
        return text[..(cut > limit * 2 / 3 ? cut : limit)] + "…";
    }

    /// <summary>Inline math keeps its TeX (from aria-label) in the excerpt rather than disappearing.</summary>
    private static string AriaLabel(string svg)
    {
        var m = AriaLabelPattern().Match(svg);
        return m.Success ? m.Groups[1].Value : "";
    }

    [GeneratedRegex(@"<svg\b.*?</svg>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex SvgPattern();

    [GeneratedRegex(@"<span class=""math-(?:tex|tag-sizer)""[^>]*>.*?</span>", RegexOptions.Singleline)]
    private static partial Regex HiddenMathText();

    [GeneratedRegex(@"aria-label=""([^""]*)""")]
    private static partial Regex AriaLabelPattern();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
